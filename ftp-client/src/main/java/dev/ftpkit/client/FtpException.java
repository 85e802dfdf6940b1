package dev.ftpkit.client;

import java.io.IOException;

/**
 * Base of every failure the FTP client reports: a refused command, a lost connection, a
 * broken transfer. Subclasses say which, and carry the command and reply where there is
 * one.
 */
public class FtpException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Creates an exception with a message fragment that quotes the offending value. */
    public FtpException(String message) {
        super(message);
    }

    /** Creates an exception with a message and the failure that caused it. */
    public FtpException(String message, Throwable cause) {
        super(message, cause);
    }
}

package dev.ftpkit.client;

/**
 * Thrown when this side cannot open the data connection of a transfer (the passive port
 * refuses or does not answer, the server never connects back in active mode) or the data
 * connection breaks before the server has replied. The control connection is still usable.
 */
public class FtpDataConnectionException extends FtpException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with the failure that caused it. */
    public FtpDataConnectionException(String message, Throwable cause) {
        super(message, cause);
    }
}

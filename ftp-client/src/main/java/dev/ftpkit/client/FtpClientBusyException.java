package dev.ftpkit.client;

/**
 * Thrown when an {@link FtpClient} is asked to do something while it is busy: another
 * thread is running an operation on it, or a stream from {@link FtpClient#openInputStream}
 * or {@link FtpClient#openOutputStream} is still open. One FTP session runs one command at
 * a time; use one client per thread, or {@link FtpTreeTransfer} for parallel transfers.
 */
public class FtpClientBusyException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message that says what keeps the client busy. */
    public FtpClientBusyException(String message) {
        super(message);
    }
}

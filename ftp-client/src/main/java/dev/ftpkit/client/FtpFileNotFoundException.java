package dev.ftpkit.client;

import dev.ftpkit.protocol.reply.Reply;

/**
 * Thrown when a command that names an existing path (RETR, SIZE, MDTM, MLST, DELE, RMD,
 * RNFR, CWD) is answered 550: the path does not exist, or this user may not see it. FTP
 * servers answer both cases with the same code.
 */
public class FtpFileNotFoundException extends FtpReplyException {

    private static final long serialVersionUID = 1L;

    private final String path;

    /** Creates the exception for {@code path}, sent in {@code command} and refused by the reply. */
    public FtpFileNotFoundException(String command, String path, Reply reply) {
        // The reply alone: a 550 may say "Permission denied" as well as "No such file".
        super(command, reply, command + " refused: " + summary(reply), null);
        this.path = path;
    }

    /** Returns the path the server could not find, as the client sent it. */
    public String path() {
        return path;
    }
}

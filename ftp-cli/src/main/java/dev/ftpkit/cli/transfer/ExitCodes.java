package dev.ftpkit.cli.transfer;

import dev.ftpkit.client.FtpConnectionException;
import dev.ftpkit.client.FtpException;
import dev.ftpkit.client.FtpFileNotFoundException;
import dev.ftpkit.client.FtpLoginException;
import dev.ftpkit.client.FtpReplyException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine.ParameterException;

/**
 * The exit codes of the commands that talk to a server, and the one place that chooses the
 * code for a failure. Scripts branch on these, so they never change meaning.
 */
final class ExitCodes {

    static final int OK = 0;
    static final int FAILURE = 1;
    static final int USAGE = 2;
    static final int CONNECTION = 3;
    static final int LOGIN = 4;
    static final int NOT_FOUND = 5;

    private static final int FILE_UNAVAILABLE = 550;

    // The help text of each command lists these; picocli wants constants in annotations.
    static final String HELP_OK = "0:Success.";
    static final String HELP_FAILURE = "1:The server refused a command, or a transfer failed.";
    static final String HELP_USAGE = "2:Usage error: unknown option, malformed URL or value, "
            + "unreadable netrc file.";
    static final String HELP_CONNECTION = "3:Cannot connect to the server, or it closed the "
            + "connection or stopped answering.";
    static final String HELP_LOGIN = "4:Login refused, or no password found for the user.";
    static final String HELP_NOT_FOUND = "5:The file or directory is unavailable: not found "
            + "or not accessible (550), on the server or here.";

    private ExitCodes() {
    }

    /**
     * Returns the exit code for {@code failure}. The failure and then its causes are looked
     * at in turn: the first with a class of its own decides; a failure with no class of its
     * own that wraps nothing more telling is 1. Every 550 reply is 5, whatever the verb:
     * RFC 959 gives it one meaning, "file unavailable" (not found, no access), and servers
     * use it alike for a missing file, a missing parent directory and a refused permission.
     */
    static int of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (cause instanceof ParameterException
                    || cause instanceof Netrc.NetrcSyntaxException
                    || cause instanceof CredentialResolver.NetrcFileMissingException) {
                return USAGE;
            }
            if (cause instanceof FtpConnectionException) {
                return CONNECTION;
            }
            if (cause instanceof FtpLoginException
                    || cause instanceof CredentialResolver.MissingPasswordException) {
                return LOGIN;
            }
            if (cause instanceof FtpFileNotFoundException || cause instanceof NoSuchFileException
                    || isFileUnavailable(cause)) {
                return NOT_FOUND;
            }
            if (!wrapsOnly(cause)) {
                return FAILURE;
            }
        }
        return FAILURE;
    }

    private static boolean isFileUnavailable(Throwable failure) {
        return failure instanceof FtpReplyException refused
                && refused.reply().code() == FILE_UNAVAILABLE;
    }

    /**
     * Returns whether {@code failure} is a bare wrapper (FtpTreeTransfer's "tree download
     * failed", an IOException carrying another), whose cause says more than it does.
     */
    private static boolean wrapsOnly(Throwable failure) {
        return failure.getClass() == FtpException.class || failure.getClass() == IOException.class;
    }

    private static Throwable next(Throwable failure) {
        return failure.getCause() == failure ? null : failure.getCause();
    }
}

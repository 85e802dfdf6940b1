package dev.ftpkit.cli.transfer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ftpkit.client.FtpClient;
import dev.ftpkit.client.FtpException;
import dev.ftpkit.client.FtpFileNotFoundException;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ftpkit rm}: deletes a file, or with -r a directory and everything in it. */
@Command(name = "rm",
        description = {
            "Deletes a file, or with -r a directory, on an FTP server.",
            "",
            "Deletes the file a URL names; with -r, also a directory and everything in it "
                    + "(symbolic links are deleted, not followed). Like GNU rm, -r refuses "
                    + "the server's root and paths ending in '.' or '..'.",
            "",
            "Example: ftpkit rm -r ftp://alice@ftp.example.com/old-reports",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.HELP_OK, ExitCodes.HELP_FAILURE, ExitCodes.HELP_USAGE,
            ExitCodes.HELP_CONNECTION, ExitCodes.HELP_LOGIN, ExitCodes.HELP_NOT_FOUND})
public final class RemoveCommand extends RemoteCommand {

    @Parameters(index = "0", paramLabel = "URL",
            description = "ftp://[user[:password]@]host[:port]/path to delete.")
    private String url;

    @Option(names = {"-r", "--recursive"},
            description = "Delete a directory with everything in it.")
    private boolean recursive;

    @Override
    int execute() throws IOException {
        FtpUrl target = url(url);
        if (target.path().isEmpty()) {
            throw usageError("the URL names the login directory; name what to delete");
        }
        if (recursive && namesRootOrDot(target.path())) {
            throw usageError("refusing to remove \"" + target.path() + "\": it names the"
                    + " server's root, the login directory or a '.' or '..' entry; name the"
                    + " directory to delete itself");
        }
        try (FtpClient client = connect(target)) {
            if (recursive) {
                client.removeRecursively(target.path());
            } else {
                delete(client, target);
            }
        }

        ObjectNode json = Json.object();
        json.put("operation", "rm");
        json.put("url", target.redacted());
        result(json, "");
        return ExitCodes.OK;
    }

    /**
     * Returns whether {@code path} is "/", or ends in "." or "..". GNU rm refuses these
     * (--preserve-root, and "refusing to remove '.' or '..'"); rm -r of them on a server
     * would empty the whole site or the login directory.
     */
    private static boolean namesRootOrDot(String path) {
        String[] segments = path.replaceAll("/+$", "").split("/+");
        String last = segments.length == 0 ? "" : segments[segments.length - 1];
        return last.isEmpty() || last.equals(".") || last.equals("..");
    }

    private static void delete(FtpClient client, FtpUrl target) throws FtpException {
        try {
            client.delete(target.path());
        } catch (FtpFileNotFoundException notFound) {
            // DELE of a directory is answered 550 as well; say which it was.
            boolean directory;
            try {
                directory = client.stat(target.path()).isDirectory();
            } catch (FtpException e) {
                throw notFound;
            }
            throw directory ? isADirectory(target.redacted(), "delete") : notFound;
        }
    }
}

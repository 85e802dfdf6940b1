package dev.ftpkit.cli.transfer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ftpkit.client.FtpClient;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code ftpkit mv}: renames or moves a file or directory on the server. */
@Command(name = "mv",
        description = {
            "Renames or moves a file or directory on an FTP server.",
            "",
            "Renames the file or directory a URL names to NEWPATH on the same server (RNFR, "
                    + "RNTO). NEWPATH is read like the URL's path: relative to the login "
                    + "directory, or absolute when it starts with '/'.",
            "",
            "Example: ftpkit mv ftp://alice@ftp.example.com/inbox/a.csv done/a.csv",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.HELP_OK, ExitCodes.HELP_FAILURE, ExitCodes.HELP_USAGE,
            ExitCodes.HELP_CONNECTION, ExitCodes.HELP_LOGIN, ExitCodes.HELP_NOT_FOUND})
public final class MoveCommand extends RemoteCommand {

    @Parameters(index = "0", paramLabel = "URL",
            description = "ftp://[user[:password]@]host[:port]/path to rename.")
    private String url;

    @Parameters(index = "1", paramLabel = "NEWPATH",
            description = "The new path on the same server; an ftp:// URL to the same server "
                    + "is accepted too.")
    private String newPath;

    @Override
    int execute() throws IOException {
        FtpUrl source = url(url);
        if (source.path().isEmpty()) {
            throw usageError("the URL names the login directory; name what to rename");
        }
        String destination = destination(source);
        try (FtpClient client = connect(source)) {
            client.rename(source.path(), destination);
        }

        ObjectNode json = Json.object();
        json.put("operation", "mv");
        json.put("source", source.redacted());
        json.put("destination", source.withPath(destination).redacted());
        result(json, "");
        return ExitCodes.OK;
    }

    private String destination(FtpUrl source) {
        if (!FtpUrl.looksLikeUrl(newPath)) {
            if (newPath.isEmpty() || newPath.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                throw usageError("NEWPATH must be a non-empty path without control characters");
            }
            return newPath;
        }
        FtpUrl target = url(newPath);
        if (!target.host().equalsIgnoreCase(source.host()) || target.port() != source.port()) {
            throw usageError("FTP renames within one server; " + target.redacted()
                    + " is on another server than " + source.redacted());
        }
        return target.path();
    }
}

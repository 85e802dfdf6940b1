package dev.ftpkit.cli.transfer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ftpkit.client.FtpClient;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ftpkit mkdir}: creates a directory, with -p its parents too. */
@Command(name = "mkdir",
        description = {
            "Creates a directory on an FTP server.",
            "",
            "Creates the directory a URL names (MKD). With -p, also creates missing parents, "
                    + "and a directory that exists already is no error.",
            "",
            "Example: ftpkit mkdir -p ftp://alice@ftp.example.com/archive/2025/01",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.HELP_OK, ExitCodes.HELP_FAILURE, ExitCodes.HELP_USAGE,
            ExitCodes.HELP_CONNECTION, ExitCodes.HELP_LOGIN, ExitCodes.HELP_NOT_FOUND})
public final class MakeDirectoryCommand extends RemoteCommand {

    @Parameters(index = "0", paramLabel = "URL",
            description = "ftp://[user[:password]@]host[:port]/path of the new directory.")
    private String url;

    @Option(names = {"-p", "--parents"},
            description = "Create missing parents; accept an existing directory.")
    private boolean parents;

    @Override
    int execute() throws IOException {
        FtpUrl target = url(url);
        if (target.path().isEmpty()) {
            throw usageError("the URL names the login directory, which exists; name the new"
                    + " directory");
        }
        try (FtpClient client = connect(target)) {
            if (parents) {
                client.makeDirectories(target.path());
            } else {
                client.makeDirectory(target.path());
            }
        }

        ObjectNode json = Json.object();
        json.put("operation", "mkdir");
        json.put("url", target.redacted());
        result(json, "");
        return ExitCodes.OK;
    }
}

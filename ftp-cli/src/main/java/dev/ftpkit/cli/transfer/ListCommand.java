package dev.ftpkit.cli.transfer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ftpkit.client.FtpClient;
import dev.ftpkit.client.FtpEntry;
import dev.ftpkit.client.FtpException;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ftpkit ls}: lists a directory on a server, or shows one file. */
@Command(name = "ls",
        description = {
            "Lists a directory on an FTP server, or shows one file.",
            "",
            "Entries are sorted by name. -l adds type, permissions as the server gives them, "
                    + "size and modification time in UTC; --json gives every field.",
            "",
            "Example: ftpkit ls -l ftp://alice@ftp.example.com/inbox/",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.HELP_OK, ExitCodes.HELP_FAILURE, ExitCodes.HELP_USAGE,
            ExitCodes.HELP_CONNECTION, ExitCodes.HELP_LOGIN, ExitCodes.HELP_NOT_FOUND})
public final class ListCommand extends RemoteCommand {

    @Parameters(index = "0", paramLabel = "URL",
            description = "ftp://[user[:password]@]host[:port]/path; the path is relative to "
                    + "the login directory, %%2F first makes it absolute.")
    private String url;

    @Option(names = {"-l", "--long"},
            description = "Show type, permissions, size and modification time (UTC) too.")
    private boolean longFormat;

    @Override
    int execute() throws IOException {
        FtpUrl target = url(url);
        List<FtpEntry> entries;
        try (FtpClient client = connect(target)) {
            entries = entries(client, target.path());
        }

        if (options.json()) {
            ObjectNode json = Json.object();
            json.put("url", target.redacted());
            ArrayNode array = json.putArray("entries");
            entries.forEach(entry -> array.add(EntryFormat.json(entry)));
            out().println(Json.write(json));
        } else {
            entries.forEach(entry -> out().println(longFormat ? EntryFormat.longLine(entry)
                    : entry.name()));
        }
        out().flush();
        return ExitCodes.OK;
    }

    private static List<FtpEntry> entries(FtpClient client, String path) throws FtpException {
        List<FtpEntry> entries;
        if (path.isEmpty() || path.endsWith("/")) {
            entries = client.list(path);
        } else {
            FtpEntry entry = client.stat(path);
            entries = entry.isDirectory() ? client.list(path) : List.of(entry);
        }
        return entries.stream()
                .sorted(Comparator.comparing((FtpEntry entry) -> entry.name().toLowerCase(
                        Locale.ROOT)).thenComparing(FtpEntry::name))
                .toList();
    }
}

package dev.ftpkit.server.internal.command;

import dev.ftpkit.server.internal.session.FtpSession;
import dev.ftpkit.server.internal.session.RunningCommand;
import dev.ftpkit.server.internal.storage.DirectoryListing;
import dev.ftpkit.server.internal.storage.FileFacts;
import dev.ftpkit.server.internal.storage.ListingFormat;
import dev.ftpkit.server.internal.storage.UserFileSystem;
import dev.ftpkit.server.internal.storage.VirtualPath;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * STAT (RFC 959 4.1.3). Without argument: the session's status, also while a transfer runs
 * (211). With a path: its listing in "ls -l" form over the control connection (213), which
 * saves a data connection.
 */
final class StatHandler implements CommandHandler {

    @Override
    public void handle(RunningCommand command) {
        if (command.command().hasArgument()) {
            listing(command);
        } else {
            command.reply(211, status(command.session()));
        }
    }

    private static List<String> status(FtpSession session) {
        List<String> lines = new ArrayList<>();
        lines.add("ftpkit FTP server status:");
        lines.add(" Connected from " + session.remoteAddress().getAddress().getHostAddress());
        lines.add(session.user().map(user -> " Logged in as " + user.name())
                .orElse(" Not logged in"));
        lines.add(" TYPE: " + session.type().word() + ", MODE: S, STRU: F");
        session.transfer().ifPresentOrElse(
                transfer -> lines.add(" " + transfer.verb() + " " + transfer.path() + ": "
                        + transfer.bytes() + " bytes in " + transfer.elapsedMillis() + " ms, "
                        + transfer.describeConnection()),
                () -> lines.add(session.pendingData()
                        .map(data -> " Data connection prepared: " + data.describe())
                        .orElse(" No data connection")));
        lines.add("End of status");
        return lines;
    }

    private static void listing(RunningCommand command) {
        FtpSession session = command.session();
        UserFileSystem files = session.files();
        ListingHandler.ListingArgument argument =
                ListingHandler.ListingArgument.parse(command.argument());
        VirtualPath path = files.resolve(argument.path());
        session.offload(command, () -> DirectoryListing.list(files, path,
                argument.withDotFiles()), entries -> {
                    List<String> lines = new ArrayList<>();
                    lines.add("Status of " + path + ":");
                    Instant now = Instant.now();
                    for (FileFacts entry : entries) {
                        // The leading space keeps a line that starts with digits from
                        // reading as the end of the reply.
                        lines.add(" " + ListingFormat.listLine(entry, now));
                    }
                    lines.add("End of status");
                    command.reply(213, lines);
                });
    }
}

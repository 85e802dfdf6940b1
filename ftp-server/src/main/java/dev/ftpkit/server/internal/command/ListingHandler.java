package dev.ftpkit.server.internal.command;

import dev.ftpkit.protocol.command.Verb;
import dev.ftpkit.server.internal.session.FtpSession;
import dev.ftpkit.server.internal.session.RunningCommand;
import dev.ftpkit.server.internal.storage.DirectoryListing;
import dev.ftpkit.server.internal.storage.FileFacts;
import dev.ftpkit.server.internal.storage.ListingFormat;
import dev.ftpkit.server.internal.storage.MlstFact;
import dev.ftpkit.server.internal.storage.StorageFailure;
import dev.ftpkit.server.internal.storage.UserFileSystem;
import dev.ftpkit.server.internal.storage.VirtualPath;
import dev.ftpkit.server.internal.transfer.DownloadSender;
import dev.ftpkit.server.internal.transfer.Transfer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * LIST, NLST (RFC 959 4.1.3) and MLSD (RFC 3659 7) over the data connection. Lines end in
 * CRLF whatever the TYPE, names are UTF-8. LIST and NLST accept the "ls" flags clients send
 * ("-a", "-la"); names starting with "." are shown only with "a". They also expand a
 * wildcard in the last name (see {@link ListingSelection}); MLSD takes its argument as a
 * plain directory, as RFC 3659 7.1 describes it.
 */
final class ListingHandler implements CommandHandler {

    private static final Logger log = LoggerFactory.getLogger(ListingHandler.class);

    @Override
    public void handle(RunningCommand command) {
        FtpSession session = command.session();
        UserFileSystem files = session.files();
        Verb verb = command.verb().orElseThrow();
        ListingArgument argument = verb == Verb.MLSD
                ? new ListingArgument(command.argument(), true)
                : ListingArgument.parse(command.argument());
        VirtualPath path = files.resolve(argument.path());
        Set<MlstFact> facts = session.mlstFacts();
        Transfer transfer = TransferSteps.begin(command, path);

        session.offload(() -> format(files, verb, argument, facts),
                (listing, failure) -> {
                    if (failure != null) {
                        TransferSteps.refuse(command, transfer, failure);
                        return;
                    }
                    String finalReply = finalReply(command, listing);
                    TransferSteps.connect(command, transfer,
                            "Opening ASCII mode data connection for the listing of " + path,
                            () -> { }, data -> DownloadSender.sendBytes(data, listing.bytes(),
                                    transfer, sent -> TransferSteps.complete(command, transfer,
                                            data, sent, finalReply)));
                });
    }

    /** Returns the text of the 226, which says so when a pattern matched too many names. */
    private static String finalReply(RunningCommand command, Listing listing) {
        if (!listing.truncated()) {
            return "Transfer complete";
        }
        log.info("{} {} matched more than {} names; listing the first {} by name",
                command.session().id(), command, ListingSelection.MAX_MATCHES,
                ListingSelection.MAX_MATCHES);
        return "Transfer complete; only the first " + ListingSelection.MAX_MATCHES
                + " matching names listed";
    }

    private static Listing format(UserFileSystem files, Verb verb, ListingArgument argument,
            Set<MlstFact> facts) throws StorageFailure {
        ListingSelection selection;
        if (verb == Verb.MLSD) {
            VirtualPath path = files.resolve(argument.path());
            if (!Files.isDirectory(files.existing(path))) {
                // RFC 3659 7.2.1: MLSD of a file is an error; MLST is for that.
                throw new StorageFailure(501, path + ": Not a directory; use MLST");
            }
            selection = new ListingSelection(DirectoryListing.list(files, path, true), "", false);
        } else {
            selection = ListingSelection.select(files, argument, ListingSelection.MAX_MATCHES);
        }

        Instant now = Instant.now();
        StringBuilder out = new StringBuilder(selection.entries().size() * 64);
        for (FileFacts entry : selection.entries()) {
            String line = switch (verb) {
                case LIST -> ListingFormat.listLine(entry, now);
                case NLST -> selection.namePrefix() + entry.name();
                case MLSD -> ListingFormat.mlsdLine(entry, facts, files.canWrite());
                default -> throw new IllegalArgumentException("not a listing verb: " + verb);
            };
            out.append(line).append("\r\n");
        }
        return new Listing(out.toString().getBytes(StandardCharsets.UTF_8),
                selection.truncated());
    }

    /** A listing ready to send, and whether a pattern matched more than it holds. */
    private record Listing(byte[] bytes, boolean truncated) {
    }

    /**
     * The argument of LIST or NLST: an optional path after optional "ls" flags.
     *
     * @param path the path, "" for the working directory
     * @param withDotFiles whether the flags asked for hidden names ("a")
     */
    record ListingArgument(String path, boolean withDotFiles) {

        static ListingArgument parse(String argument) {
            String rest = argument;
            boolean all = false;
            // Clients send "LIST -a", "LIST -la dir"; a real name starting with "-" cannot
            // be told apart, as with every server that honours ls flags.
            while (rest.startsWith("-")) {
                int space = rest.indexOf(' ');
                String flags = space < 0 ? rest : rest.substring(0, space);
                if (!flags.matches("-[a-zA-Z]+")) {
                    break;
                }
                all |= flags.indexOf('a') >= 0 || flags.indexOf('A') >= 0;
                rest = space < 0 ? "" : rest.substring(space + 1).stripLeading();
            }
            return new ListingArgument(rest, all);
        }
    }
}

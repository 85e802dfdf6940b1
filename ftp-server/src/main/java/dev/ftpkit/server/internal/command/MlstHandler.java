package dev.ftpkit.server.internal.command;

import dev.ftpkit.server.internal.session.FtpSession;
import dev.ftpkit.server.internal.session.RunningCommand;
import dev.ftpkit.server.internal.storage.FileFacts;
import dev.ftpkit.server.internal.storage.ListingFormat;
import dev.ftpkit.server.internal.storage.StorageFailure;
import dev.ftpkit.server.internal.storage.UserFileSystem;
import dev.ftpkit.server.internal.storage.VirtualPath;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** MLST (RFC 3659 7): the facts of one path, over the control connection. */
final class MlstHandler implements CommandHandler {

    @Override
    public void handle(RunningCommand command) {
        FtpSession session = command.session();
        UserFileSystem files = session.files();
        VirtualPath path = files.resolve(command.argument());
        var enabled = session.mlstFacts();
        session.offload(command, () -> {
            Path real = files.existing(path);
            try {
                FileFacts facts = FileFacts.read(real, path.toString());
                String type = facts.directory() ? "dir" : "file";
                // RFC 3659 7.2: the fact line starts with one space, then facts, space, name.
                return " " + ListingFormat.facts(facts, type, enabled, files.canWrite()) + " "
                        + path;
            } catch (IOException e) {
                throw StorageFailure.from(e, path);
            }
        }, line -> command.reply(250, List.of("Listing " + path, line, "End")));
    }
}

package dev.ftpkit.server.internal.command;

import dev.ftpkit.server.internal.session.FtpSession;
import dev.ftpkit.server.internal.session.RunningCommand;
import dev.ftpkit.server.internal.storage.StorageFailure;
import dev.ftpkit.server.internal.storage.UserFileSystem;
import dev.ftpkit.server.internal.storage.VirtualPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** DELE (RFC 959 4.1.3): deletes a file; a directory gets 550 (RMD removes those). */
final class DeleteHandler implements CommandHandler {

    @Override
    public void handle(RunningCommand command) {
        FtpSession session = command.session();
        UserFileSystem files = session.files();
        VirtualPath path = files.resolve(command.argument());
        session.offload(command, () -> {
            Path real = files.writable(path);
            if (!Files.exists(real, LinkOption.NOFOLLOW_LINKS)) {
                throw StorageFailure.notFound(path);
            }
            if (Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS)) {
                throw new StorageFailure(550, path + ": Is a directory; use RMD");
            }
            try {
                Files.delete(real);
            } catch (IOException e) {
                throw StorageFailure.from(e, path);
            }
            return path;
        }, deleted -> command.reply(250, deleted + " deleted"));
    }
}

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
import java.nio.file.StandardCopyOption;

/**
 * RNFR and RNTO (RFC 959 4.1.3). RNFR checks the source and answers 350; the session keeps it
 * only while the state says a rename is pending, i.e. for the very next command. RNTO
 * renames atomically and, like rename(2), replaces an existing file of the new name.
 */
final class RenameHandler implements CommandHandler {

    @Override
    public void handle(RunningCommand command) {
        switch (command.verb().orElseThrow()) {
            case RNFR -> from(command);
            case RNTO -> to(command);
            default -> throw new IllegalArgumentException("not a rename verb: " + command);
        }
    }

    private static void from(RunningCommand command) {
        FtpSession session = command.session();
        UserFileSystem files = session.files();
        VirtualPath source = files.resolve(command.argument());
        session.offload(command, () -> {
            Path real = files.writable(source);
            if (!Files.exists(real, LinkOption.NOFOLLOW_LINKS)) {
                throw StorageFailure.notFound(source);
            }
            return source;
        }, checked -> {
            session.renameSource(checked);
            command.reply(350, checked + " exists; send RNTO with the new name");
        });
    }

    private static void to(RunningCommand command) {
        FtpSession session = command.session();
        UserFileSystem files = session.files();
        VirtualPath source = session.renameSource().orElseThrow();
        VirtualPath target = files.resolve(command.argument());
        session.offload(command, () -> {
            Path from = files.writable(source);
            Path to = files.writable(target);
            if (to.startsWith(from) && !to.equals(from)) {
                throw new StorageFailure(553, target + ": cannot move a directory into itself");
            }
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw StorageFailure.from(e, target);
            }
            return target;
        }, renamed -> command.reply(250, source + " renamed to " + renamed));
    }
}

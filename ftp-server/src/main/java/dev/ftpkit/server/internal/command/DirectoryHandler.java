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

/** MKD and RMD (RFC 959 4.1.3), with their aliases XMKD and XRMD. */
final class DirectoryHandler implements CommandHandler {

    @Override
    public void handle(RunningCommand command) {
        FtpSession session = command.session();
        UserFileSystem files = session.files();
        VirtualPath path = files.resolve(command.argument());
        switch (command.verb().orElseThrow().canonical()) {
            case MKD -> session.offload(command, () -> make(files, path),
                    made -> command.reply(257, NavigationHandler.quoted(made) + " created"));
            case RMD -> session.offload(command, () -> remove(files, path),
                    removed -> command.reply(250, removed + " removed"));
            default -> throw new IllegalArgumentException("not a directory verb: " + command);
        }
    }

    private static VirtualPath make(UserFileSystem files, VirtualPath path)
            throws StorageFailure {
        Path real = files.writable(path);
        try {
            Files.createDirectory(real);
            return path;
        } catch (IOException e) {
            throw StorageFailure.from(e, path);
        }
    }

    private static VirtualPath remove(UserFileSystem files, VirtualPath path)
            throws StorageFailure {
        Path real = files.writable(path);
        if (!Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS)) {
            throw Files.exists(real, LinkOption.NOFOLLOW_LINKS)
                    ? new StorageFailure(550, path + ": Not a directory")
                    : StorageFailure.notFound(path);
        }
        if (path.equals(files.cwd()) || files.cwd().names().size() > path.names().size()
                && files.cwd().names().subList(0, path.names().size()).equals(path.names())) {
            throw new StorageFailure(550, path + ": Is the current directory or above it");
        }
        try {
            Files.delete(real);
            return path;
        } catch (IOException e) {
            throw StorageFailure.from(e, path);
        }
    }
}

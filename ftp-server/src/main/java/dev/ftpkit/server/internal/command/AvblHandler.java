package dev.ftpkit.server.internal.command;

import dev.ftpkit.server.internal.session.FtpSession;
import dev.ftpkit.server.internal.session.RunningCommand;
import dev.ftpkit.server.internal.storage.StorageFailure;
import dev.ftpkit.server.internal.storage.UserFileSystem;
import dev.ftpkit.server.internal.storage.VirtualPath;
import java.io.IOException;
import java.nio.file.Files;

/**
 * AVBL (draft-peterson-streamlined-ftp-command-extensions): the bytes a user may still
 * upload to a directory. A read-only user may upload nothing and gets 550.
 */
final class AvblHandler implements CommandHandler {

    @Override
    public void handle(RunningCommand command) {
        FtpSession session = command.session();
        UserFileSystem files = session.files();
        VirtualPath path = files.resolve(command.argument());
        session.offload(command, () -> {
            if (!files.canWrite()) {
                throw StorageFailure.permissionDenied(path);
            }
            try {
                return Files.getFileStore(files.directory(path)).getUsableSpace();
            } catch (IOException e) {
                throw StorageFailure.from(e, path);
            }
        }, bytes -> command.reply(213, String.valueOf(bytes)));
    }
}

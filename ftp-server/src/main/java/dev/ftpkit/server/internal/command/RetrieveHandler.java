package dev.ftpkit.server.internal.command;

import dev.ftpkit.server.internal.session.FtpSession;
import dev.ftpkit.server.internal.session.RunningCommand;
import dev.ftpkit.server.internal.storage.StorageFailure;
import dev.ftpkit.server.internal.storage.UserFileSystem;
import dev.ftpkit.server.internal.storage.VirtualPath;
import dev.ftpkit.server.internal.transfer.DownloadSender;
import dev.ftpkit.server.internal.transfer.Transfer;
import dev.ftpkit.server.internal.transfer.TransferType;
import io.netty.channel.Channel;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * RETR (RFC 959 4.1.3): sends a file from the REST offset, if any. The file is opened before
 * the data connection, so a missing file gets 550 without a 150 first. TYPE I goes out
 * zero-copy; TYPE A turns LF into CRLF on the way.
 */
final class RetrieveHandler implements CommandHandler {

    @Override
    public void handle(RunningCommand command) {
        FtpSession session = command.session();
        UserFileSystem files = session.files();
        VirtualPath path = files.resolve(command.argument());
        long offset = session.restartOffset();
        TransferType type = session.type();
        Transfer transfer = TransferSteps.begin(command, path);

        session.offload(() -> open(files, path, offset), (download, failure) -> {
            if (failure != null) {
                TransferSteps.refuse(command, transfer, failure);
                return;
            }
            String opening = "Opening " + type.word() + " mode data connection for " + path
                    + (type == TransferType.BINARY ? " (" + download.size() + " bytes)" : "");
            TransferSteps.connect(command, transfer, opening, download::close,
                    data -> send(command, transfer, data, download, offset, type));
        });
    }

    private static void send(RunningCommand command, Transfer transfer, Channel data,
            Download download, long offset, TransferType type) {
        FtpSession session = command.session();
        if (type == TransferType.BINARY) {
            DownloadSender.sendBinary(data, download.file(), offset, download.size() - offset,
                    transfer, failure -> TransferSteps.complete(command, transfer, data,
                            failure, "Transfer complete"));
        } else {
            DownloadSender.sendAscii(data, download.file(), offset, transfer.path(),
                    session.fileExecutor(), transfer, failure -> TransferSteps.complete(
                            command, transfer, data, failure, "Transfer complete"));
        }
    }

    private static Download open(UserFileSystem files, VirtualPath path, long offset)
            throws StorageFailure {
        Path real = files.regularFile(path);
        FileChannel file = null;
        try {
            file = FileChannel.open(real, StandardOpenOption.READ);
            long size = file.size();
            if (offset > size) {
                file.close();
                // RFC 3659 5.5: a restart point the file does not reach.
                throw new StorageFailure(554, "Restart offset " + offset
                        + " is beyond the end of " + path + " (" + size + " bytes)");
            }
            return new Download(file, size);
        } catch (IOException e) {
            closeQuietly(file);
            throw StorageFailure.from(e, path);
        }
    }

    private static void closeQuietly(FileChannel file) {
        if (file == null) {
            return;
        }
        try {
            file.close();
        } catch (IOException e) {
            // Opened for reading only: nothing to lose, and the read failure is reported.
        }
    }

    private record Download(FileChannel file, long size) {

        void close() {
            closeQuietly(file);
        }
    }
}

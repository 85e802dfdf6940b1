package dev.ftpkit.server.internal.command;

import dev.ftpkit.server.internal.session.FtpSession;
import dev.ftpkit.server.internal.session.RunningCommand;
import dev.ftpkit.server.internal.storage.ListingFormat;
import dev.ftpkit.server.internal.storage.StorageFailure;
import dev.ftpkit.server.internal.storage.UserFileSystem;
import dev.ftpkit.server.internal.storage.VirtualPath;
import dev.ftpkit.server.internal.transfer.TransferType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * SIZE and MDTM (RFC 3659 3 and 4), for files only: a directory gets 550. SIZE counts the
 * bytes a RETR would send in the current TYPE, so in TYPE A each bare LF counts two.
 */
final class FileInfoHandler implements CommandHandler {

    private static final int BUFFER = 64 * 1024;

    @Override
    public void handle(RunningCommand command) {
        FtpSession session = command.session();
        UserFileSystem files = session.files();
        VirtualPath path = files.resolve(command.argument());
        switch (command.verb().orElseThrow()) {
            case SIZE -> {
                boolean ascii = session.type() == TransferType.ASCII;
                session.offload(command, () -> size(files.regularFile(path), path, ascii),
                        size -> command.reply(213, String.valueOf(size)));
            }
            case MDTM -> session.offload(command, () -> modified(files.regularFile(path), path),
                    time -> command.reply(213, time));
            default -> throw new IllegalArgumentException("not a file info verb: " + command);
        }
    }

    private static long size(Path file, VirtualPath path, boolean ascii)
            throws StorageFailure {
        try {
            if (!ascii) {
                return Files.size(file);
            }
            return asciiSize(file);
        } catch (IOException e) {
            throw StorageFailure.from(e, path);
        }
    }

    private static long asciiSize(Path file) throws IOException {
        long size = 0;
        byte previous = 0;
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                for (int i = 0; i < read; i++) {
                    size += buffer[i] == '\n' && previous != '\r' ? 2 : 1;
                    previous = buffer[i];
                }
            }
        }
        return size;
    }

    private static String modified(Path file, VirtualPath path) throws StorageFailure {
        try {
            return ListingFormat.factTime(Files.getLastModifiedTime(file).toInstant());
        } catch (IOException e) {
            throw StorageFailure.from(e, path);
        }
    }
}

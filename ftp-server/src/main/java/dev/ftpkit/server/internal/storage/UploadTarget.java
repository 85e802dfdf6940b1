package dev.ftpkit.server.internal.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Where an upload writes, and how it lands. Blocking; call from the file executor.
 *
 * <ul>
 *   <li>STOR writes a temporary file beside the destination and, only when the whole upload
 *       arrived and was forced to disk, renames it over the destination in one step. A
 *       failed or aborted STOR leaves the old file exactly as it was.
 *   <li>STOR after REST, and APPE, change the file in place, which is what they mean; a
 *       failure leaves what was written so far.
 *   <li>STOU reserves a new unique name and writes into it; a failure removes it.
 * </ul>
 */
public final class UploadTarget {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_UNIQUE_TRIES = 100;

    private final VirtualPath path;
    private final Path destination;
    private final Path temporary;
    private final FileChannel channel;
    private final Mode mode;

    private UploadTarget(VirtualPath path, Path destination, Path temporary, FileChannel channel,
            Mode mode) {
        this.path = path;
        this.destination = destination;
        this.temporary = temporary;
        this.channel = channel;
        this.mode = mode;
    }

    /** Returns the target of STOR: a temporary file, or the file itself after REST. */
    public static UploadTarget store(UserFileSystem files, VirtualPath path, long offset)
            throws StorageFailure {
        Path destination = writableFile(files, path);
        if (offset > 0) {
            return inPlace(path, destination, offset, Mode.RESUME);
        }
        try {
            Path temporary = createTemporary(destination);
            FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
            return new UploadTarget(path, destination, temporary, channel, Mode.REPLACE);
        } catch (IOException e) {
            throw StorageFailure.from(e, path);
        }
    }

    /** Returns the target of APPE: the end of the file (created if missing), or the offset. */
    public static UploadTarget append(UserFileSystem files, VirtualPath path, long offset)
            throws StorageFailure {
        Path destination = writableFile(files, path);
        if (offset > 0) {
            return inPlace(path, destination, offset, Mode.APPEND);
        }
        try {
            FileChannel channel = FileChannel.open(destination, StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            return new UploadTarget(path, destination, null, channel, Mode.APPEND);
        } catch (IOException e) {
            throw StorageFailure.from(e, path);
        }
    }

    /** Returns the target of STOU: a new file in {@code directory} named after {@code base}. */
    public static UploadTarget unique(UserFileSystem files, VirtualPath directory, String base)
            throws StorageFailure {
        for (int attempt = 0; attempt < MAX_UNIQUE_TRIES; attempt++) {
            VirtualPath path = directory.child(attempt == 0 ? base : base + "." + attempt);
            Path destination = files.writable(path);
            try {
                Files.createFile(destination); // atomic: fails if the name exists
                FileChannel channel = FileChannel.open(destination, StandardOpenOption.WRITE);
                return new UploadTarget(path, destination, null, channel, Mode.UNIQUE);
            } catch (FileAlreadyExistsException e) {
                // Taken: try the next name.
            } catch (IOException e) {
                throw StorageFailure.from(e, path);
            }
        }
        throw new StorageFailure(553, directory + ": no unique name left for " + base);
    }

    /** Returns the path the client sees for the uploaded file. */
    public VirtualPath path() {
        return path;
    }

    /** Returns the open file to write to, positioned where the upload starts. */
    public FileChannel channel() {
        return channel;
    }

    /**
     * Makes the upload permanent: forces it to disk, and for STOR moves it over the
     * destination atomically. On failure the destination is untouched and the temporary
     * file removed.
     */
    public void commit() throws StorageFailure {
        try {
            if (mode == Mode.RESUME) {
                channel.truncate(channel.position()); // the resumed upload ends the file
            }
            channel.force(true);
            channel.close();
            if (mode == Mode.REPLACE) {
                Files.move(temporary, destination, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            discard();
            throw StorageFailure.from(e, path);
        }
    }

    /** Abandons the upload: removes the temporary or reserved file, keeps in-place writes. */
    public void discard() {
        try {
            channel.close();
        } catch (IOException e) {
            // The data is being thrown away or was written in place; nothing more to save.
        }
        try {
            if (mode == Mode.REPLACE) {
                Files.deleteIfExists(temporary);
            } else if (mode == Mode.UNIQUE) {
                Files.deleteIfExists(destination);
            }
        } catch (IOException e) {
            // Left behind on disk; named .ftpkit-*.part so an operator can tell it apart.
        }
    }

    private static Path writableFile(UserFileSystem files, VirtualPath path)
            throws StorageFailure {
        Path destination = files.writable(path);
        if (!Files.isDirectory(destination.getParent())) {
            throw StorageFailure.notFound(path.parent());
        }
        // Asked of the file system itself, not guessed from Files.isDirectory, which says
        // false for a name too long to exist: STOR would then answer 150, receive the whole
        // upload into a temporary file, and fail only at the final rename.
        try {
            if (Files.readAttributes(destination, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS).isDirectory()) {
                throw new StorageFailure(550, path + ": Is a directory");
            }
        } catch (NoSuchFileException e) {
            // A new file: what STOR and APPE create.
        } catch (IOException e) {
            throw StorageFailure.from(e, path);
        }
        return destination;
    }

    private static UploadTarget inPlace(VirtualPath path, Path destination, long offset,
            Mode mode) throws StorageFailure {
        FileChannel channel = null;
        try {
            // No CREATE: a restart point inside a file that does not exist is an error, and
            // creating the file first would leave an empty one behind.
            channel = FileChannel.open(destination, StandardOpenOption.WRITE);
            if (offset > channel.size()) {
                channel.close();
                throw new StorageFailure(554, "Restart offset " + offset
                        + " is beyond the end of " + path);
            }
            channel.position(offset);
            return new UploadTarget(path, destination, null, channel, mode);
        } catch (IOException e) {
            closeQuietly(channel);
            throw StorageFailure.from(e, path);
        }
    }

    private static Path createTemporary(Path destination) throws IOException {
        // Not Files.createTempFile: it makes the file 0600, and the rename would then give
        // the uploaded file those permissions instead of the usual ones.
        HexFormat hex = HexFormat.of();
        for (int attempt = 0; ; attempt++) {
            byte[] random = new byte[8];
            RANDOM.nextBytes(random);
            Path temporary = destination.resolveSibling(".ftpkit-" + hex.formatHex(random)
                    + ".part");
            try {
                return Files.createFile(temporary);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= MAX_UNIQUE_TRIES) {
                    throw e;
                }
            }
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            // Nothing was written yet.
        }
    }

    private enum Mode { REPLACE, RESUME, APPEND, UNIQUE }
}

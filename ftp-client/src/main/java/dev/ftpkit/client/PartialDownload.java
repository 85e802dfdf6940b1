package dev.ftpkit.client;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A download written beside its target under a hidden name and moved over the target only
 * once complete, so that a download that fails midway leaves the old file as it was.
 *
 * <p>{@link #open()} creates {@code .NAME.RANDOM.part} in the target's directory;
 * {@link #commit()} renames it to the target, atomically where the file system can;
 * {@link #close()} deletes it unless committed. Writing through a new file also means a
 * symbolic link at the target is replaced, not followed. Not thread-safe.
 */
public final class PartialDownload implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PartialDownload.class);

    private final Path target;
    private final Path partial;
    private boolean committed;

    private PartialDownload(Path target, Path partial) {
        this.target = target;
        this.partial = partial;
    }

    /**
     * Returns a partial download for {@code target}; nothing is created yet.
     *
     * @throws FileAlreadyExistsException when {@code target} is a directory, which a
     *     download must not replace
     */
    public static PartialDownload beside(Path target) throws IOException {
        if (Files.isDirectory(target)) {
            throw new FileAlreadyExistsException(target.toString(), null,
                    "is a directory; name a file to download into");
        }
        Path name = target.getFileName();
        byte[] random = new byte[4];
        new SecureRandom().nextBytes(random);
        return new PartialDownload(target, target.resolveSibling("." + name + "."
                + HexFormat.of().formatHex(random) + ".part"));
    }

    /** Creates the hidden file and returns a stream to write the download to. */
    public OutputStream open() throws IOException {
        return Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
    }

    /** Moves the finished download over the target. Call after the stream is closed. */
    public void commit() throws IOException {
        try {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    /** Deletes the hidden file unless {@link #commit()} moved it. Never throws. */
    @Override
    public void close() {
        if (committed) {
            return;
        }
        try {
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            log.warn("could not delete the partial download {}: {}; delete it by hand",
                    partial, e.toString());
        }
    }
}

package dev.ftpkit.server.interop;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes files of pseudo-random bytes from a seed, so that big test files never live in
 * the repository and a failure can be reproduced byte for byte.
 */
final class RandomFiles {

    static final long MEBIBYTE = 1024L * 1024L;

    private static final int CHUNK = 64 * 1024;

    private RandomFiles() {
    }

    /** Writes {@code size} bytes drawn from {@code seed} to {@code file}, and returns it. */
    static Path write(Path file, long size, long seed) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Random random = new Random(seed);
        byte[] chunk = new byte[CHUNK];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long left = size; left > 0; left -= CHUNK) {
                random.nextBytes(chunk);
                out.write(chunk, 0, (int) Math.min(CHUNK, left));
            }
        }
        return file;
    }
}

package dev.ftpkit.client.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Files of reproducible random bytes, so a transfer that drops or reorders bytes shows. */
public final class RandomFiles {

    private RandomFiles() {
    }

    /** Returns {@code size} bytes from a random generator seeded with {@code seed}. */
    public static byte[] bytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    /** Writes {@code size} random bytes to {@code file}, creating its parents; returns them. */
    public static byte[] write(Path file, int size, long seed) throws IOException {
        byte[] bytes = bytes(size, seed);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return bytes;
    }
}

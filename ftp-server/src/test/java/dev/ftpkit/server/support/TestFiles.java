package dev.ftpkit.server.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the small trees of files that listing tests look at. */
public final class TestFiles {

    private TestFiles() {
    }

    /**
     * Writes each of {@code paths} ("a.txt", "sub/b.txt") under {@code root}, creating the
     * directories, with its own path as its content, so a test can tell any two apart.
     */
    public static void write(Path root, String... paths) throws IOException {
        for (String path : paths) {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, path);
        }
    }
}

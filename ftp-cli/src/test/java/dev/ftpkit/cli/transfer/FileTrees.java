package dev.ftpkit.cli.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Makes trees of random files and compares two trees byte for byte. */
final class FileTrees {

    private FileTrees() {
    }

    /**
     * Writes {@code files} files of 0 to 4 KiB, spread over subdirectories of ten files
     * each (and a few at the top), under {@code root}; the same seed gives the same tree.
     */
    static void write(Path root, int files, long seed) throws IOException {
        Random random = new Random(seed);
        for (int i = 0; i < files; i++) {
            Path directory = i % 10 == 9 ? root : root.resolve("d" + i / 100)
                    .resolve("e" + i / 10 % 10);
            Files.createDirectories(directory);
            byte[] content = new byte[random.nextInt(4096)];
            random.nextBytes(content);
            Files.write(directory.resolve("f" + i + ".bin"), content);
        }
    }

    /** Asserts that both trees hold the same directories and the same files, byte for byte. */
    static void assertSame(Path expected, Path actual) throws IOException {
        Map<String, byte[]> want = contents(expected);
        Map<String, byte[]> got = contents(actual);

        assertThat(got.keySet()).containsExactlyElementsOf(want.keySet());
        for (Map.Entry<String, byte[]> entry : want.entrySet()) {
            assertThat(got.get(entry.getKey())).as(entry.getKey()).isEqualTo(entry.getValue());
        }
    }

    /** Returns every file and directory below {@code root}; a directory maps to nothing. */
    static Map<String, byte[]> contents(Path root) throws IOException {
        Map<String, byte[]> contents = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.filter(path -> !path.equals(root)).toList()) {
                String relative = root.relativize(path).toString().replace('\\', '/');
                contents.put(relative, Files.isDirectory(path) ? new byte[0]
                        : Files.readAllBytes(path));
            }
        }
        return contents;
    }

    /** Returns the number of regular files below {@code root}. */
    static long countFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }
}

package dev.ftpkit.server.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Compares files and directory trees byte for byte, with messages that name the culprit. */
final class FileTrees {

    private FileTrees() {
    }

    /** Asserts that {@code actual} exists and holds exactly the bytes of {@code expected}. */
    static void assertSameContent(Path expected, Path actual) throws IOException {
        assertThat(actual).as("transferred file").exists().isRegularFile();

        long mismatch = Files.mismatch(expected, actual);

        assertThat(mismatch)
                .as("first differing byte between %s (%d bytes) and %s (%d bytes); -1 is equal",
                        expected, Files.size(expected), actual, Files.size(actual))
                .isEqualTo(-1L);
    }

    /** Asserts that both trees hold the same relative paths, and files the same bytes. */
    static void assertSameTree(Path expected, Path actual) throws IOException {
        List<String> expectedEntries = entries(expected);

        assertThat(entries(actual)).as("entries under %s", actual)
                .containsExactlyElementsOf(expectedEntries);
        for (String entry : expectedEntries) {
            if (Files.isRegularFile(expected.resolve(entry))) {
                assertSameContent(expected.resolve(entry), actual.resolve(entry));
            }
        }
    }

    /** Relative paths in sorted order, directories ending in a slash. */
    static List<String> entries(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(path -> !path.equals(root))
                    .map(path -> root.relativize(path) + (Files.isDirectory(path) ? "/" : ""))
                    .sorted()
                    .toList();
        }
    }
}

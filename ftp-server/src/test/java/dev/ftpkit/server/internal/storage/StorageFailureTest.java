package dev.ftpkit.server.internal.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StorageFailureTest {

    private static final VirtualPath PATH = VirtualPath.ROOT.resolve("/dir/file.txt");

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(new NoSuchFileException("/srv/x/dir/file.txt"), 550,
                        "No such file"),
                Arguments.of(new AccessDeniedException("/srv/x/dir/file.txt"), 550,
                        "Permission denied"),
                Arguments.of(new FileAlreadyExistsException("/srv/x"), 550, "File exists"),
                Arguments.of(new DirectoryNotEmptyException("/srv/x"), 550, "not empty"),
                Arguments.of(new IOException("No space left on device"), 552, "storage"),
                Arguments.of(new IOException("Disk quota exceeded"), 552, "storage"),
                Arguments.of(new IOException("Input/output error"), 451, "Local error"),
                Arguments.of(new FileSystemException("/srv/x", "/srv/y", "Is a directory"), 550,
                        "Is a directory"),
                Arguments.of(new FileSystemException("/srv/x", null, "File name too long"), 553,
                        "File name too long"),
                Arguments.of(new AtomicMoveNotSupportedException("/srv/x", "/mnt/y",
                        "Invalid cross-device link"), 550, "across file systems"));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void mapsEachFailureToItsReply(IOException error, int code, String text) {
        StorageFailure failure = StorageFailure.from(error, PATH);

        assertThat(failure.code()).isEqualTo(code);
        assertThat(failure.text()).contains(text).startsWith("/dir/file.txt");
    }

    @ParameterizedTest
    @MethodSource("failures")
    void neverShowsTheRealPath(IOException error, int code, String text) {
        StorageFailure failure = StorageFailure.from(error, PATH);

        assertThat(failure.text()).doesNotContain("/srv");
    }
}

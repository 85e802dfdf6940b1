package dev.ftpkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Paths from a listing are placed below the target directory, or refused. */
class LocalPathsTest {

    private final Path root = Path.of("/srv/target");

    @ParameterizedTest
    @ValueSource(strings = {"a", "a/b/c.txt", "name with spaces", "...",
            "..hidden", "ünïcode"})
    void resolvesPlainNamesBelowTheRoot(String relative) throws FtpException {
        Path resolved = LocalPaths.resolveInside(root, relative);

        assertThat(resolved.normalize()).isEqualTo(resolved);
        assertThat(resolved.startsWith(root)).isTrue();
        assertThat(root.relativize(resolved).toString()).isEqualTo(relative);
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", ".", "", "../evil", "a/../../b", "/etc/passwd", "a//b",
            "a/", "a/.", "nul\u0000name"})
    void refusesPathsThatCouldLeaveTheRoot(String relative) {
        assertThatThrownBy(() -> LocalPaths.resolveInside(root, relative))
                .isInstanceOf(FtpException.class)
                .hasMessageStartingWith("refusing to write")
                .hasMessageContaining("could land outside");
    }
}

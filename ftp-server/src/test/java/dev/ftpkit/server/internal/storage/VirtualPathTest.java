package dev.ftpkit.server.internal.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VirtualPathTest {

    @ParameterizedTest(name = "from {0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', value = {
            "/      | a.txt              | /a.txt",
            "/a/b   | c                  | /a/b/c",
            "/a/b   | /c                 | /c",
            "/a/b   | ..                 | /a",
            "/a/b   | ../..              | /",
            "/a/b   | ../../../../..     | /",
            "/      | ../etc/passwd      | /etc/passwd",
            "/a     | /../../etc/passwd  | /etc/passwd",
            "/a     | ./b/./c/           | /a/b/c",
            "/a     | b//c               | /a/b/c",
            "/a     | ''                 | /a",
            "/      | ..\\..\\x          | /..\\..\\x",
            "/      | '...'              | /..."})
    void resolvesWithoutClimbingAboveTheRoot(String from, String argument, String expected) {
        VirtualPath base = VirtualPath.ROOT.resolve(from);

        VirtualPath resolved = base.resolve(argument);

        assertThat(resolved.toString()).isEqualTo(expected);
        assertThat(resolved.names()).doesNotContain("..", ".", "");
    }

    @ParameterizedTest
    @CsvSource({"/a/b, /a, b", "/a, /, a", "/, /, /"})
    void parentAndName(String path, String parent, String name) {
        VirtualPath virtual = VirtualPath.ROOT.resolve(path);

        assertThat(virtual.parent().toString()).isEqualTo(parent);
        assertThat(virtual.name()).isEqualTo(name);
    }
}

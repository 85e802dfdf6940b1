package dev.ftpkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ftpkit.client.internal.RemotePaths;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RemotePathsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/a/b c/d   | /a, /a/b c, /a/b c/d",
            "a/b/       | a, a/b",
            "/single    | /single",
            "relative   | relative"})
    void prefixesRunFromTheTopDown(String path, String expected) {
        assertThat(RemotePaths.prefixes(path.strip()))
                .containsExactlyElementsOf(Arrays.stream(expected.split(", "))
                        .map(String::strip).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/pub/a.txt | /pub | a.txt",
            "/a.txt     | /    | a.txt",
            "a.txt      | ''   | a.txt",
            "/pub/dir/  | /pub | dir"})
    void splitsParentAndName(String path, String parent, String name) {
        assertThat(RemotePaths.parent(path.strip())).isEqualTo(parent);
        assertThat(RemotePaths.name(path.strip())).isEqualTo(name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/pub  | a.txt | /pub/a.txt",
            "/     | a.txt | /a.txt",
            "''    | a.txt | a.txt",
            "/pub/ | a.txt | /pub/a.txt"})
    void joinsDirectoryAndName(String directory, String name, String expected) {
        assertThat(RemotePaths.join(directory.strip(), name.strip())).isEqualTo(expected);
    }
}

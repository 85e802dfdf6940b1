package dev.ftpkit.server.internal.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ftpkit.server.auth.UserAccount;
import dev.ftpkit.server.internal.command.ListingHandler.ListingArgument;
import dev.ftpkit.server.internal.storage.FileFacts;
import dev.ftpkit.server.internal.storage.StorageFailure;
import dev.ftpkit.server.internal.storage.UserFileSystem;
import dev.ftpkit.server.support.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(10)
class ListingSelectionTest {

    @TempDir
    Path base;

    private Path root;
    private UserFileSystem files;

    @BeforeEach
    void arrange() throws IOException, StorageFailure {
        root = Files.createDirectory(base.resolve("root"));
        TestFiles.write(root, "a.txt", "b.txt", "c.log", ".hidden.txt", "sub/a.txt", "sub/b.txt",
                "sub/c.log");
        Files.writeString(base.resolve("outside.txt"), "outside the root");
        files = UserFileSystem.open("s1", root, new UserAccount("alice", Path.of(""), true));
    }

    @ParameterizedTest(name = "\"{0}\" selects {1} with prefix \"{2}\"")
    @CsvSource(delimiter = '|', value = {
            "*.txt            | a.txt b.txt                   | ''",
            "-a *.txt         | .hidden.txt a.txt b.txt       | ''",
            "sub/*.txt        | a.txt b.txt                   | sub/",
            "/sub/*.txt       | a.txt b.txt                   | /sub/",
            "sub//*.log       | c.log                         | sub/",
            "./*.log          | c.log                         | ''",
            "?.log            | c.log                         | ''",
            "[ab].txt         | a.txt b.txt                   | ''",
            "s*               | sub                           | ''"})
    void expandsAPatternInTheLastName(String argument, String names, String prefix)
            throws StorageFailure {
        ListingSelection selection = select(argument);

        assertThat(names(selection)).containsExactly(names.split(" "));
        assertThat(selection.namePrefix()).isEqualTo(prefix);
        assertThat(selection.truncated()).isFalse();
    }

    @ParameterizedTest(name = "\"{0}\" stays inside the root")
    @ValueSource(strings = {"../*", "/../*", "../../*.txt", "sub/../../*"})
    void patternsBelowDotDotStayInsideTheRoot(String argument) throws StorageFailure {
        ListingSelection selection = select(argument);

        assertThat(names(selection)).contains("a.txt").doesNotContain("outside.txt", "root");
    }

    @Test
    void existingNameWithWildcardsIsListedAsItself() throws IOException, StorageFailure {
        Files.writeString(root.resolve("st*r.txt"), "a star in the name");
        Files.writeString(root.resolve("stellar.txt"), "matched by the pattern");

        ListingSelection selection = select("st*r.txt");

        assertThat(names(selection)).containsExactly("st*r.txt");
        assertThat(selection.namePrefix()).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" is a plain path")
    @ValueSource(strings = {"*/a.txt", "s?b/a.txt", "*.txt/.", "*.txt/"})
    void wildcardsOutsideTheLastWrittenNameAreNotExpanded(String argument) {
        assertThatThrownBy(() -> select(argument))
                .isInstanceOfSatisfying(StorageFailure.class,
                        failure -> assertThat(failure.code()).isEqualTo(550));
    }

    @Test
    void wildcardDirectoryLeftByDotDotIsAPlainPath() throws StorageFailure {
        ListingSelection selection = select("sub/*/..");

        assertThat(names(selection)).containsExactly("a.txt", "b.txt", "c.log");
        assertThat(selection.namePrefix()).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" matches nothing: 550")
    @ValueSource(strings = {"*.nomatch", "sub/*.nomatch", "missing/*.txt", "a.txt/*"})
    void patternMatchingNothingFailsWith550(String argument) {
        assertThatThrownBy(() -> select(argument))
                .isInstanceOfSatisfying(StorageFailure.class,
                        failure -> assertThat(failure.code()).isEqualTo(550));
    }

    @Test
    void tooManyMatchesKeepTheFirstByNameAndSaySo() throws IOException, StorageFailure {
        for (int i = 9; i >= 0; i--) {
            Files.writeString(root.resolve("many-" + i + ".dat"), "x");
        }

        ListingSelection selection = ListingSelection.select(files,
                ListingArgument.parse("many-*.dat"), 3);

        assertThat(names(selection)).containsExactly("many-0.dat", "many-1.dat", "many-2.dat");
        assertThat(selection.truncated()).isTrue();
    }

    @Test
    void exactlyTheLimitIsNotTruncated() throws StorageFailure {
        ListingSelection selection = ListingSelection.select(files,
                ListingArgument.parse("*.txt"), 2);

        assertThat(names(selection)).containsExactly("a.txt", "b.txt");
        assertThat(selection.truncated()).isFalse();
    }

    @Test
    void linkOutOfTheRootIsNeitherMatchedNorListedThrough() throws IOException, StorageFailure {
        Files.createSymbolicLink(root.resolve("leak.txt"), base.resolve("outside.txt"));
        Files.createSymbolicLink(root.resolve("escape"), base);

        assertThat(names(select("*.txt"))).containsExactly("a.txt", "b.txt");
        assertThatThrownBy(() -> select("escape/*.txt"))
                .isInstanceOfSatisfying(StorageFailure.class,
                        failure -> assertThat(failure.code()).isEqualTo(550));
    }

    private ListingSelection select(String argument) throws StorageFailure {
        return ListingSelection.select(files, ListingArgument.parse(argument),
                ListingSelection.MAX_MATCHES);
    }

    private static List<String> names(ListingSelection selection) {
        return selection.entries().stream().map(FileFacts::name).toList();
    }
}

package dev.ftpkit.client.probe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MLSx entries of RFC 3659 section 7.2 as a table: what is read, what is wrong. */
class FactLineTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            type=file;size=42;modify=20260102030405; a.txt           | a.txt
            Type=dir;Modify=20260102030405.850; sub dir              | sub dir
            type=OS.unix=slink:/etc;size=3; link                     | link
            type=cdir;perm=cdfelmp;unique=fe00g2; /                  | /
            size=0; name;with;semicolons                             | name;with;semicolons
            """)
    void readsWellFormedEntries(String entry, String pathname) {
        FactLine line = FactLine.parse(entry);

        assertThat(line.problems()).isEmpty();
        assertThat(line.oddities()).isEmpty();
        assertThat(line.pathname()).isEqualTo(pathname);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            type=file;size=42;a.txt                              | no space between facts
            type=file;size=4k2; a.txt                            | size=4k2 is not a decimal
            type=file;modify=2026-01-02T03:04:05; a.txt          | modify=2026-01-02T03:04:05
            type=file;modify=20261302030405; a.txt               | is not a UTC time-val
            type=folder; a                                       | type=folder is none of
            type=file;size=1 a.txt                               | facts do not end with ';'
            type=file;size; a.txt                                | fact 'size' is not name=value
            type=file;                                           | no space between facts
            """)
    void reportsWhatBreaksTheFormat(String entry, String problem) {
        FactLine line = FactLine.parse(entry);

        assertThat(line.problems()).anyMatch(text -> text.contains(problem));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            type=file;perm=radfwMT; a.txt                        | perm=radfwMT
            type=dir;perm=eldfmMTcp; sub                         | perm=eldfmMTcp
            """)
    void permLettersOfTheServersOwnAreOdditiesNotProblems(String entry, String oddity) {
        FactLine line = FactLine.parse(entry);

        assertThat(line.problems()).isEmpty();
        assertThat(line.oddities()).singleElement().asString().startsWith(oddity);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"type=FILE;size=1; a, file", "Type=Dir; b, dir", "size=1; c, ''"})
    void typeIsLowerCaseAndEmptyWhenMissing(String entry, String type) {
        assertThat(FactLine.parse(entry).type()).isEqualTo(type);
    }
}

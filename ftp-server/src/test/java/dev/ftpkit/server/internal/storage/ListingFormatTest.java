package dev.ftpkit.server.internal.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.apache.commons.net.ftp.FTPFile;
import org.apache.commons.net.ftp.parser.UnixFTPEntryParser;
import org.junit.jupiter.api.Test;

class ListingFormatTest {

    private static final Instant NOW = Instant.parse("2024-06-15T12:00:00Z");

    @Test
    void recentFileShowsTheTime() {
        FileFacts facts = file("notes.txt", 1234, "2024-06-01T08:30:00Z");

        assertThat(ListingFormat.listLine(facts, NOW))
                .isEqualTo("-rw-r--r--   1 ftp      ftp              1234 Jun 01 08:30 notes.txt");
    }

    @Test
    void oldFileShowsTheYear() {
        FileFacts facts = file("old.txt", 1, "2019-02-03T04:05:06Z");

        assertThat(ListingFormat.listLine(facts, NOW)).contains(" Feb 03  2019 old.txt");
    }

    @Test
    void commonsNetParsesTheListLine() {
        FileFacts facts = file("a name with spaces.txt", 99, "2024-06-01T08:30:00Z");

        FTPFile parsed = new UnixFTPEntryParser().parseFTPEntry(
                ListingFormat.listLine(facts, NOW));

        assertThat(parsed.getName()).isEqualTo("a name with spaces.txt");
        assertThat(parsed.getSize()).isEqualTo(99);
        assertThat(parsed.isFile()).isTrue();
    }

    @Test
    void mlsdLineHasTheDefaultFacts() {
        FileFacts facts = file("f.bin", 7, "2021-03-04T05:06:07Z");

        assertThat(ListingFormat.mlsdLine(facts, MlstFact.DEFAULTS, true))
                .isEqualTo("type=file;size=7;modify=20210304050607;perm=adfrw; f.bin");
    }

    @Test
    void readOnlyUsersSeeReadOnlyPermissions() {
        FileFacts facts = file("f.bin", 7, "2021-03-04T05:06:07Z");

        assertThat(ListingFormat.mlsdLine(facts, MlstFact.DEFAULTS, false))
                .contains("perm=r;");
    }

    @Test
    void directoriesHaveNoSize() {
        FileFacts dir = new FileFacts("d", true, 0, Instant.parse("2021-03-04T05:06:07Z"),
                "rwxr-xr-x", "1", true, true);

        assertThat(ListingFormat.mlsdLine(dir, MlstFact.DEFAULTS, true))
                .isEqualTo("type=dir;modify=20210304050607;perm=cdfelmp; d");
    }

    private static FileFacts file(String name, long size, String modified) {
        return new FileFacts(name, false, size, Instant.parse(modified), "rw-r--r--", "1",
                true, true);
    }
}

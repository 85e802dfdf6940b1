package dev.ftpkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ListingParserTest {

    /** Dates without a year resolve against this: a Monday in mid-June 2026, noon UTC. */
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-06-15T12:00:00Z"),
            ZoneOffset.UTC);

    private final ListingParser parser = new ListingParser(NOW, ZoneOffset.UTC);

    static Stream<Arguments> listLines() {
        return Stream.of(
                // family, line, name, type, size, modified, link target
                row("vsftpd", "-rw-r--r--    1 102      105            10 Dec 04 16:35 c.txt",
                        "c.txt", FtpEntryType.FILE, 10, "2025-12-04T16:35:00Z", null),
                row("vsftpd", "drwxr-xr-x    2 0        0            4096 Jun 14 09:30 dir"
                                + " with spaces",
                        "dir with spaces", FtpEntryType.DIRECTORY, 4096, "2026-06-14T09:30:00Z",
                        null),
                row("vsftpd", "lrwxrwxrwx    1 0        0               7 Jan 05  2021 latest"
                                + " -> release",
                        "latest", FtpEntryType.SYMBOLIC_LINK, 7, "2021-01-05T00:00:00Z",
                        "release"),
                row("ProFTPD", "-rw-r--r--   1 ftp      ftp            18 Dec  2  2011"
                                + " .bash_logout",
                        ".bash_logout", FtpEntryType.FILE, 18, "2011-12-02T00:00:00Z", null),
                row("ProFTPD", "drwx--x--x   3 ftp      ftp          4096 May 30  2012 .appdata",
                        ".appdata", FtpEntryType.DIRECTORY, 4096, "2012-05-30T00:00:00Z", null),
                row("ProFTPD", "-rwxrwxrwx   1 homologftp 1051            0 Aug  4 15:43"
                                + " testfile",
                        "testfile", FtpEntryType.FILE, 0, "2025-08-04T15:43:00Z", null),
                row("ProFTPD", "lrwxrwxrwx   1 web      web            13 Mar  3 10:00"
                                + " public_html -> /var/www/site",
                        "public_html", FtpEntryType.SYMBOLIC_LINK, 13, "2026-03-03T10:00:00Z",
                        "/var/www/site"),
                row("Pure-FTPd", "-rw-r--r--    1 1000       1000             12 Jun  1 07:05"
                                + " notes;v2.txt",
                        "notes;v2.txt", FtpEntryType.FILE, 12, "2026-06-01T07:05:00Z", null),
                row("Pure-FTPd", "-rw-r--r--    1 1000       1000     5368709120 Jan 15  2024"
                                + " big.iso",
                        "big.iso", FtpEntryType.FILE, 5368709120L, "2024-01-15T00:00:00Z", null),
                row("Pure-FTPd", "drwxr-xr-x    2 1000       1000           4096 Feb 29 23:59"
                                + " leap",
                        "leap", FtpEntryType.DIRECTORY, 4096, "2024-02-29T23:59:00Z", null),
                row("Apache MINA", "-rw-------   1 user group         1024 Jun 15 11:59 report"
                                + " 2026.csv",
                        "report 2026.csv", FtpEntryType.FILE, 1024, "2026-06-15T11:59:00Z",
                        null),
                row("Apache MINA", "drwx------   3 user group            0 Oct 16  2019 archive",
                        "archive", FtpEntryType.DIRECTORY, 0, "2019-10-16T00:00:00Z", null),
                row("pyftpdlib", "-rw-r--r--   1 tester   tester         12 Jun 15 10:00 a.txt",
                        "a.txt", FtpEntryType.FILE, 12, "2026-06-15T10:00:00Z", null),
                row("pyftpdlib", "drwxr-xr-x   2 tester   tester       4096 Jan 12  2023 old"
                                + " dir",
                        "old dir", FtpEntryType.DIRECTORY, 4096, "2023-01-12T00:00:00Z", null),
                row("FileZilla Server", "-rw-r--r-- 1 ftp ftp          12345 Oct 25 11:42"
                                + " file.txt",
                        "file.txt", FtpEntryType.FILE, 12345, "2025-10-25T11:42:00Z", null),
                row("FileZilla Server", "drwxr-xr-x 1 ftp ftp              0 Oct 25  2019 dir",
                        "dir", FtpEntryType.DIRECTORY, 0, "2019-10-25T00:00:00Z", null),
                row("Unix device", "crw-rw-rw-   1 root     root       1,   3 Jan  1  2020 null",
                        "null", FtpEntryType.OTHER, -1, "2020-01-01T00:00:00Z", null),
                row("Unix device", "brw-rw----   1 root     disk       8,   0 Jun 10 08:00 sda",
                        "sda", FtpEntryType.OTHER, -1, "2026-06-10T08:00:00Z", null),
                row("Unix pipe", "prw-r--r--   1 root     root            0 Jun 10 08:00 fifo",
                        "fifo", FtpEntryType.OTHER, 0, "2026-06-10T08:00:00Z", null),
                row("Unix ACL mark", "-rw-r--r--+  1 alice    staff         100 Jun 10 08:00"
                                + " acl.txt",
                        "acl.txt", FtpEntryType.FILE, 100, "2026-06-10T08:00:00Z", null),
                row("Unix no group", "dr-xr-xr-x   2 root                  512 Apr  8  1994 etc",
                        "etc", FtpEntryType.DIRECTORY, 512, "1994-04-08T00:00:00Z", null),
                row("Unix leading space", "-rw-r--r--   1 ftp      ftp             3 Jun 10"
                                + " 08:00  leading",
                        " leading", FtpEntryType.FILE, 3, "2026-06-10T08:00:00Z", null),
                row("Unix clock skew", "-rw-r--r--   1 ftp      ftp             3 Jun 16 23:00"
                                + " tomorrow.txt",
                        "tomorrow.txt", FtpEntryType.FILE, 3, "2026-06-16T23:00:00Z", null),
                row("IIS", "06-14-26  09:30AM       <DIR>          aspnet_client",
                        "aspnet_client", FtpEntryType.DIRECTORY, -1, "2026-06-14T09:30:00Z", null),
                row("IIS", "06-14-26  03:15PM                 1234 web.config",
                        "web.config", FtpEntryType.FILE, 1234, "2026-06-14T15:15:00Z", null),
                row("IIS", "12-31-99  12:05AM                    0 y2k.txt",
                        "y2k.txt", FtpEntryType.FILE, 0, "1999-12-31T00:05:00Z", null),
                row("IIS", "01-01-2026  12:30PM                   42 noon.txt",
                        "noon.txt", FtpEntryType.FILE, 42, "2026-01-01T12:30:00Z", null),
                row("IIS 24-hour", "06-14-2026  21:15       <DIR>          logs 24h",
                        "logs 24h", FtpEntryType.DIRECTORY, -1, "2026-06-14T21:15:00Z", null),
                row("IIS 24-hour", "05-27-11  09:31                   77 report final.docx",
                        "report final.docx", FtpEntryType.FILE, 77, "2011-05-27T09:31:00Z", null));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("listLines")
    void readsListLinesOfRealServers(String family, String line, String name, FtpEntryType type,
            long size, String modified, String linkTarget) {
        Optional<FtpEntry> entry = parser.parseListLine(line + "\r");

        assertThat(entry).hasValueSatisfying(e -> {
            assertThat(e.name()).isEqualTo(name);
            assertThat(e.type()).isEqualTo(type);
            assertThat(e.size()).isEqualTo(size);
            assertThat(e.modified()).contains(Instant.parse(modified));
            assertThat(e.linkTarget()).isEqualTo(Optional.ofNullable(linkTarget));
            assertThat(e.raw()).isEqualTo(line);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"total 16", "", "   ", "this is not a listing line",
            "drwxr-xr-x    2 0        0            4096 Jun 14 09:30 .",
            "drwxr-xr-x    2 0        0            4096 Jun 14 09:30 ..",
            "-rw-r--r--    1 0        0              10 Foo 14 09:30 bad-month",
            "13-45-26  09:30AM       <DIR>          bad-date"})
    void skipsLinesThatNameNoEntry(String line) {
        assertThat(parser.parseListLine(line)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-rw-r--r--    1 0        0              10 Jun 14 09:30 ../../evil",
            "-rw-r--r--    1 0        0              10 Jun 14 09:30 /etc/cron.d/x",
            "-rw-r--r--    1 0        0              10 Jun 14 09:30 a/../../b",
            "-rw-r--r--    1 0        0              10 Jun 14 09:30 nul\u0000name",
            "06-14-26  09:30AM                   10 ../evil.txt"})
    void skipsListEntriesWhoseNameIsNotANameInsideTheDirectory(String line) {
        assertThat(parser.parseListLine(line)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"type=file;size=4; ../../evil", "type=file;size=4; /etc/x",
            "type=dir; a/../../b", "type=file;size=4; cr\rinside", "type=file;size=4; nul\u0000"})
    void skipsMlsdEntriesWhoseNameIsNotANameInsideTheDirectory(String line) {
        assertThat(parser.parseMlsxLine(line)).isEmpty();
    }

    @Test
    void keepsUnixModeAsPermissions() {
        FtpEntry entry = parser.parseListLine(
                "-rwxr-x---    1 0        0              10 Jun 14 09:30 run.sh").orElseThrow();

        assertThat(entry.permissions()).contains("-rwxr-x---");
    }

    @Test
    void readsListTimesInTheServerZone() {
        ListingParser berlin = new ListingParser(NOW, ZoneId.of("Europe/Berlin"));

        FtpEntry entry = berlin.parseListLine(
                "-rw-r--r--    1 0        0              10 Jan 10  2026 winter.txt").orElseThrow();

        assertThat(entry.modified()).contains(Instant.parse("2026-01-09T23:00:00Z"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "-rw-r--r--    1 0        0              10 Jun 14 09:30 recent.txt | MINUTES",
        "-rw-r--r--    1 0        0              10 Jun 14 09:00 whole-hour.txt | MINUTES",
        "-rw-r--r--    1 0        0              10 Jan 05  2021 old.txt | DAYS",
        "06-14-26  09:30AM                 1234 web.config | MINUTES"})
    void listTimesAreExactToTheirColumnNotTheirValue(String line, ChronoUnit precision) {
        FtpEntry entry = parser.parseListLine(line).orElseThrow();

        assertThat(entry.modifiedPrecision()).isEqualTo(precision);
    }

    @ParameterizedTest
    @ValueSource(strings = {"type=file;size=1;modify=20260614092000; whole-minute",
            "type=file;size=1;modify=20260614092001; f"})
    void mlsdTimesAreExactToTheSecondEvenOnAWholeMinute(String line) {
        FtpEntry entry = parser.parseMlsxLine(line).orElseThrow();

        assertThat(entry.modifiedPrecision()).isEqualTo(ChronoUnit.SECONDS);
    }

    @Test
    void parsesAWholeListingSkippingTotalAndDots() {
        String listing = "total 8\r\n"
                + "drwxr-xr-x    2 0        0            4096 Jun 14 09:30 .\r\n"
                + "drwxr-xr-x    2 0        0            4096 Jun 14 09:30 ..\r\n"
                + "-rw-r--r--    1 0        0              10 Jun 14 09:30 a.txt\r\n"
                + "-rw-r--r--    1 0        0              20 Jun 14 09:30 b c.txt\r\n";

        assertThat(parser.parseList(listing)).extracting(FtpEntry::name)
                .containsExactly("a.txt", "b c.txt");
    }

    static Stream<Arguments> mlsdLines() {
        return Stream.of(
                // family, line, name, type, size, modified, link target
                row("pyftpdlib", "type=file;size=12;perm=r;modify=20260614093000;"
                                + "unix.mode=0644;unix.uid=0;unix.gid=0;unique=803g2a; a.txt",
                        "a.txt", FtpEntryType.FILE, 12, "2026-06-14T09:30:00Z", null),
                row("ProFTPD", "modify=20260614093000.123;perm=adfr;size=1128;type=file;"
                                + "unique=801U1FEF97;UNIX.group=0;UNIX.mode=0644;UNIX.owner=106;"
                                + " README.txt",
                        "README.txt", FtpEntryType.FILE, 1128, "2026-06-14T09:30:00.123Z", null),
                row("ProFTPD", "modify=20210105000000;perm=adfr;size=13;"
                                + "type=OS.unix=slink:/var/www/site;UNIX.mode=0777; public_html",
                        "public_html", FtpEntryType.SYMBOLIC_LINK, 13, "2021-01-05T00:00:00Z",
                        "/var/www/site"),
                row("Pure-FTPd", "type=OS.unix=symlink;size=7;modify=20260101000000;"
                                + "UNIX.mode=0777;UNIX.uid=1000;UNIX.gid=1000;unique=803g1234;"
                                + " latest",
                        "latest", FtpEntryType.SYMBOLIC_LINK, 7, "2026-01-01T00:00:00Z", null),
                row("fact names in any case", "Type=DIR;Modify=20260614093000;Perm=flcdmpe;"
                                + " Sub Dir",
                        "Sub Dir", FtpEntryType.DIRECTORY, -1, "2026-06-14T09:30:00Z", null),
                row("name with semicolons", "type=file;size=5;modify=20260614093000;"
                                + " name; with; semi colons.txt",
                        "name; with; semi colons.txt", FtpEntryType.FILE, 5,
                        "2026-06-14T09:30:00Z", null),
                row("directory size as sizd", "type=dir;sizd=4096;modify=19991231235959; docs",
                        "docs", FtpEntryType.DIRECTORY, 4096, "1999-12-31T23:59:59Z", null),
                row("microseconds", "type=file;size=1;modify=20260614093000.123456; f",
                        "f", FtpEntryType.FILE, 1, "2026-06-14T09:30:00.123456Z", null));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("mlsdLines")
    void readsMlsdLinesOfRealServers(String family, String line, String name, FtpEntryType type,
            long size, String modified, String linkTarget) {
        Optional<FtpEntry> entry = parser.parseMlsxLine(line);

        assertThat(entry).hasValueSatisfying(e -> {
            assertThat(e.name()).isEqualTo(name);
            assertThat(e.type()).isEqualTo(type);
            assertThat(e.size()).isEqualTo(size);
            assertThat(e.modified()).contains(Instant.parse(modified));
            assertThat(e.linkTarget()).isEqualTo(Optional.ofNullable(linkTarget));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"type=cdir;modify=20260614093000;perm=flcdmpe; .",
            "type=pdir;modify=20260614093000;perm=flcdmpe; ..",
            "Type=CDir;Modify=20260614093000; /home/tester",
            "type=file;size=5;no-space-before-a-name"})
    void skipsMlsdLinesThatNameNoEntry(String line) {
        assertThat(parser.parseMlsxLine(line)).isEmpty();
    }

    @Test
    void readsAnMlsdLineWithoutFacts() {
        FtpEntry entry = parser.parseMlsxLine(" bare name").orElseThrow();

        assertThat(entry.name()).isEqualTo("bare name");
        assertThat(entry.type()).isEqualTo(FtpEntryType.OTHER);
        assertThat(entry.modified()).isEmpty();
    }

    @Test
    void prefersUnixModeOverPermFactAsPermissions() {
        FtpEntry entry = parser.parseMlsxLine(
                "type=file;perm=adfrw;UNIX.mode=0640;size=1; f").orElseThrow();

        assertThat(entry.permissions()).contains("0640");
    }

    private static Arguments row(String family, String line, String name, FtpEntryType type,
            long size, String modified, String linkTarget) {
        return arguments(family, line, name, type, size, modified, linkTarget);
    }
}

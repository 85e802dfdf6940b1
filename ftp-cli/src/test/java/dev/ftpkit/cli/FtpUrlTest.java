package dev.ftpkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** ftp:// URLs as RFC 1738 reads them, as a table. */
class FtpUrlTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            ftp://example.org                  | example.org | 21   | -      | -      | ''
            ftp://example.org/                 | example.org | 21   | -      | -      | ''
            ftp://alice@example.org:2121/      | example.org | 2121 | alice  | -      | ''
            ftp://alice:s%40cret@10.0.0.1/pub/ | 10.0.0.1    | 21   | alice  | s@cret | pub
            ftp://al%20ice:a+b@h/a/b           | h           | 21   | al ice | a+b    | a/b
            ftp://h/%2Fsrv/ftp                 | h           | 21   | -      | -      | /srv/ftp
            ftp://[::1]:2121/                  | ::1         | 2121 | -      | -      | ''
            FTP://u:@h/                        | h           | 21   | u      | ''     | ''
            ftp://h/caf%C3%A9                  | h           | 21   | -      | -      | café
            """)
    void readsTheParts(String text, String host, int port, String user, String password,
            String directory) {
        FtpUrl url = FtpUrl.parse(text);

        assertThat(url.host()).isEqualTo(host);
        assertThat(url.port()).isEqualTo(port);
        assertThat(url.user()).isEqualTo(Optional.ofNullable(user));
        assertThat(url.password()).isEqualTo(Optional.ofNullable(password));
        assertThat(url.directory()).isEqualTo(directory);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ftp://h/, true", "ftp://anonymous@h/, true", "ftp://FTP@h/, true",
        "ftp://alice@h/, false"})
    void tellsAnonymousLogins(String text, boolean anonymous) {
        assertThat(FtpUrl.parse(text).anonymous()).isEqualTo(anonymous);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http://h/", "sftp://alice:pw@h/", "h:21", "ftp:///pub",
        "ftp://h^/"})
    void refusesWhatIsNoFtpUrlWithAHost(String text) {
        assertThatThrownBy(() -> FtpUrl.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("pw");
    }

    @Test
    void malformedUrlIsReportedWithoutItsPassword() {
        assertThatThrownBy(() -> FtpUrl.parse("ftp://alice:se cret@h/"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a URL: ")
                .hasMessageNotContaining("se cret");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ftp://alice:pw@h/     | ftp://alice:****@h/
            sftp://alice:pw@h/    | sftp://alice:****@h/
            ftp://h/a:b@c         | ftp://h/a:b@c
            """)
    void masksThePasswordInMessages(String text, String shown) {
        assertThat(FtpUrl.withoutPassword(text)).isEqualTo(shown);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ftp://alice:pw@h/", "ftp://h/"})
    void toStringNeverShowsThePassword(String text) {
        assertThat(FtpUrl.parse(text).toString()).doesNotContain("pw");
    }
}

package dev.ftpkit.cli.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FtpUrlTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
        # url                              | user   | password | host         | port | path
        ftp://example.org                  | null   | null     | example.org  | 21   | ''
        ftp://example.org/                 | null   | null     | example.org  | 21   | ''
        FTP://Host:2121/inbox/a.csv        | null   | null     | Host         | 2121 | inbox/a.csv
        ftp://alice@host/dir/              | alice  | null     | host         | 21   | dir/
        ftp://alice:s3cret@host/a          | alice  | s3cret   | host         | 21   | a
        ftp://alice:@host/a                | alice  | ''       | host         | 21   | a
        ftp://al%40ice:p%3Aw%2Fd%20x@host/ | al@ice | p:w/d x  | host         | 21   | ''
        ftp://alice:p@ss@host/             | alice  | p@ss     | host         | 21   | ''
        ftp://host/%2Fetc/motd             | null   | null     | host         | 21   | /etc/motd
        ftp://host//etc/motd               | null   | null     | host         | 21   | /etc/motd
        ftp://host/my%20file%E2%82%AC.txt  | null   | null     | host         | 21   | my file€.txt
        ftp://host/a+b                     | null   | null     | host         | 21   | a+b
        ftp://[::1]/                       | null   | null     | ::1          | 21   | ''
        ftp://bob@[2001:db8::7]:2121/x     | bob    | null     | 2001:db8::7  | 2121 | x
        ftp://[fe80::1%25eth0]:21/         | null   | null     | fe80::1%eth0 | 21   | ''
        ftp://alice:s%40cret@10.0.0.1/pub/ | alice  | s@cret   | 10.0.0.1     | 21   | pub/
        ftp://al%20ice:a+b@h/a/b           | al ice | a+b      | h            | 21   | a/b
        FTP://u:@h/                        | u      | ''       | h            | 21   | ''
        ftp://h/caf%C3%A9                  | null   | null     | h            | 21   | café
        """)
    void readsEachPartOfAUrl(String text, String user, String password, String host, int port,
            String path) {
        FtpUrl url = FtpUrl.parse(text);

        assertThat(url).isEqualTo(new FtpUrl(Optional.ofNullable(user),
                Optional.ofNullable(password), host, port, path));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            host/a.txt                  | an FTP URL starts with ftp://
            sftp://host/a.txt           | only ftp:// URLs are supported
            ftp:///a.txt                | the host is missing
            ftp://host:0/               | the port must be a number from 1 to 65535
            ftp://host:99999/           | the port must be a number from 1 to 65535
            ftp://host:ftp/             | the port must be a number from 1 to 65535
            ftp://::1/                  | an IPv6 address must be written in brackets
            ftp://[::1/                 | the IPv6 address has no closing ']'
            ftp://[::1]x/               | only ':port' may follow the IPv6 address
            ftp://@host/                | the user name before '@' is empty
            http://h/                   | only ftp:// URLs are supported
            h:21                        | an FTP URL starts with ftp://
            ftp://host/100%             | a '%' not followed by two hex digits
            ftp://host/%ff.txt          | not valid UTF-8
            """)
    void refusesMalformedUrlsSayingWhy(String text, String reason) {
        assertThatThrownBy(() -> FtpUrl.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(reason);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "ftp://host/a%0D%0ADELE%20b",
        "ftp://host/a%0Ab",
        "ftp://host/a%00b",
        "ftp://alice%0D%0APASS:x@host/"})
    void refusesControlCharactersThatWouldInjectCommands(String text) {
        assertThatThrownBy(() -> FtpUrl.parse(text))
                .hasMessageContaining("control character");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "ftp://alice:hunter2@host:0/",
        "ftp://alice:hun/ter2@host/",
        "ftp://alice:hunter2@[::1/"})
    void neverQuotesThePasswordInAnError(String text) {
        assertThatThrownBy(() -> FtpUrl.parse(text))
                .hasMessageNotContaining("hunter2")
                .hasMessageNotContaining("ter2")
                .hasMessageContaining("****");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ftp://alice:s3cret@host/a.csv              | ftp://alice@host/a.csv
            ftp://host:2121/                           | ftp://host:2121/
            ftp://al%40ice:x@host/my%20file.txt        | ftp://al%40ice@host/my%20file.txt
            ftp://host/%2Fetc/motd                     | ftp://host/%2Fetc/motd
            ftp://[::1]:2121/dir/                      | ftp://[::1]:2121/dir/
            ftp://host/50%25                           | ftp://host/50%25
            """)
    void printsWithoutThePasswordInAFormThatParsesBack(String text, String shown) {
        FtpUrl url = FtpUrl.parse(text);

        assertThat(url.redacted()).isEqualTo(shown);
        assertThat(FtpUrl.parse(shown).path()).isEqualTo(url.path());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "ftp://host/, true",
        "FTP://host/, true",
        "sftp://host/, true",
        "./ftp:/x, false",
        "site, false",
        "C:/data, false"})
    void tellsUrlsFromLocalPaths(String text, boolean url) {
        assertThat(FtpUrl.looksLikeUrl(text)).isEqualTo(url);
    }
}

package dev.ftpkit.cli.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NetrcTest {

    private static final Netrc FILE = Netrc.parse("""
            # logins for work
            machine ftp.example.com login alice password "correct horse"
            machine ftp.example.com login bob password b0b
            machine Files.Example.org
                login carol
                password "with \\"quotes\\" and \\\\ backslash"
                account acct7

            macdef init
            cd /pub
            machine evil.example.com login mallory password stolen

            machine anon.example.com password ignored@
            default login anonymous password guest@example.com
            """);

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource(nullValues = "null", textBlock = """
            ftp.example.com,   null,      alice,     correct horse
            FTP.EXAMPLE.COM,   null,      alice,     correct horse
            ftp.example.com,   bob,       bob,       b0b
            files.example.org, null,      carol,     'with "quotes" and \\ backslash'
            anon.example.com,  someone,   null,      ignored@
            other.example.com, null,      anonymous, guest@example.com
            """)
    void findsTheEntryForAHostAndUser(String host, String user, String login, String password) {
        Optional<Netrc.Entry> entry = FILE.lookup(host, Optional.ofNullable(user));

        assertThat(entry).isPresent();
        assertThat(entry.get().login()).isEqualTo(Optional.ofNullable(login));
        assertThat(entry.get().password()).contains(password);
    }

    @Test
    void skipsTheBodyOfAMacroUpToTheEmptyLine() {
        assertThat(FILE.entries()).extracting(entry -> entry.machine().orElse("default"))
                .containsExactly("ftp.example.com", "ftp.example.com", "Files.Example.org",
                        "anon.example.com", "default")
                .doesNotContain("evil.example.com");
    }

    @Test
    void keepsTheAccount() {
        assertThat(FILE.lookup("files.example.org", Optional.empty()).get().account())
                .contains("acct7");
    }

    @Test
    void findsNothingWithoutAMatchingMachineOrDefault() {
        Netrc netrc = Netrc.parse("machine a login x password y");

        assertThat(netrc.lookup("b", Optional.empty())).isEmpty();
        assertThat(netrc.lookup("a", Optional.of("z"))).isEmpty();
        assertThat(FILE.lookup("ftp.example.com", Optional.of("dave"))).isEmpty();
    }

    @Test
    void readsAFileWrittenOnOneLineWithTabs() {
        Netrc netrc = Netrc.parse("machine\th\tlogin\tu\tpassword\tp");

        assertThat(netrc.lookup("h", Optional.empty()).get().password()).contains("p");
    }

    @Test
    void takesAHashInsideAValueLiterally() {
        Netrc netrc = Netrc.parse("machine h login u password #notacomment");

        assertThat(netrc.lookup("h", Optional.empty()).get().password()).contains("#notacomment");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            machine h login                     | line 1: 'login' without a value
            machine h\\nlogin u passwd p        | line 2: unknown keyword 'passwd'
            login u password p                  | line 1: 'login' before any 'machine'
            machine h password "open            | line 1: a quoted value has no closing
            """)
    void namesTheLineOfASyntaxError(String text, String message) {
        assertThatThrownBy(() -> Netrc.parse(text.replace("\\n", "\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void readingAFileNamesItInTheError(@TempDir Path directory) throws IOException {
        Path file = Files.writeString(directory.resolve(".netrc"), "machine h port 21");

        assertThatThrownBy(() -> Netrc.read(file))
                .isInstanceOf(Netrc.NetrcSyntaxException.class)
                .hasMessageStartingWith(file + ": line 1: unknown keyword 'port'");
    }

    @Test
    void entryTextMasksThePassword() {
        Netrc.Entry entry = FILE.lookup("ftp.example.com", Optional.empty()).get();

        assertThat(entry.toString()).contains("alice", "****").doesNotContain("horse");
    }
}

package dev.ftpkit.cli.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialResolverTest {

    @TempDir
    Path home;

    private final List<String> prompts = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    @Test
    void passwordInTheUrlWinsOverEverythingElse() throws IOException {
        netrc("machine host login alice password from-netrc");

        Credentials credentials = resolver(Map.of("FTP_PASSWORD", "from-env"), "typed")
                .resolve(FtpUrl.parse("ftp://alice:from-url@host/"));

        assertThat(credentials).isEqualTo(new Credentials("alice", "from-url", "the URL"));
        assertThat(prompts).isEmpty();
    }

    @Test
    void environmentVariableComesBeforeTheNetrcFile() throws IOException {
        netrc("machine host login alice password from-netrc");

        Credentials credentials = resolver(Map.of("FTP_PASSWORD", "from-env"), null)
                .resolve(FtpUrl.parse("ftp://alice@host/"));

        assertThat(credentials.password()).isEqualTo("from-env");
        assertThat(credentials.source()).isEqualTo("FTP_PASSWORD");
    }

    @Test
    void netrcGivesThePasswordForTheUserInTheUrl() throws IOException {
        Path file = netrc("machine host login bob password b0b\n"
                + "machine host login alice password a1ice");

        Credentials credentials = resolver(Map.of(), null)
                .resolve(FtpUrl.parse("ftp://alice@host/"));

        assertThat(credentials).isEqualTo(new Credentials("alice", "a1ice", file.toString()));
    }

    @Test
    void netrcGivesUserAndPasswordWhenTheUrlHasNoUser() throws IOException {
        netrc("machine host login bob password b0b");

        Credentials credentials = resolver(Map.of(), null).resolve(FtpUrl.parse("ftp://host/"));

        assertThat(credentials.user()).isEqualTo("bob");
        assertThat(credentials.password()).isEqualTo("b0b");
    }

    @Test
    void asksAtTheTerminalWhenNothingElseHasThePassword() throws IOException {
        Credentials credentials = resolver(Map.of(), "typed")
                .resolve(FtpUrl.parse("ftp://alice@host:2121/"));

        assertThat(credentials).isEqualTo(new Credentials("alice", "typed", "the prompt"));
        assertThat(prompts).containsExactly("Password for alice@host: ");
    }

    @Test
    void withoutATerminalAMissingPasswordSaysWhereToPutIt() {
        CredentialResolver resolver = resolver(Map.of(), null);

        assertThatThrownBy(() -> resolver.resolve(FtpUrl.parse("ftp://alice@host/")))
                .isInstanceOf(CredentialResolver.MissingPasswordException.class)
                .hasMessageContaining("alice", "host", "FTP_PASSWORD", "~/.netrc");
    }

    @Test
    void noUserAnywhereLogsInAnonymously() throws IOException {
        netrc("machine other login bob password b0b");

        Credentials credentials = resolver(Map.of("FTP_PASSWORD", "unused"), "unused")
                .resolve(FtpUrl.parse("ftp://host/"));

        assertThat(credentials).isEqualTo(Credentials.anonymous());
        assertThat(prompts).isEmpty();
    }

    @Test
    void anonymousUserInTheUrlIsNotAskedForAPassword() throws IOException {
        Credentials credentials = resolver(Map.of(), "unused")
                .resolve(FtpUrl.parse("ftp://anonymous@host/"));

        assertThat(credentials.password()).isEqualTo(Credentials.ANONYMOUS_PASSWORD);
        assertThat(prompts).isEmpty();
    }

    @Test
    void aNetrcFileNamedOnTheCommandLineMustExist() {
        CredentialResolver resolver = new CredentialResolver(Map.of(),
                Optional.of(home.resolve("missing")), true, PasswordPrompt.NONE, warnings::add);

        assertThatThrownBy(() -> resolver.resolve(FtpUrl.parse("ftp://alice@host/")))
                .isInstanceOf(CredentialResolver.NetrcFileMissingException.class)
                .hasMessage("--netrc-file " + home.resolve("missing") + ": no such file");
    }

    @Test
    void warnsWhenOthersMayReadTheNetrcFile() throws IOException {
        Path file = netrc("machine host login alice password a1ice");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        resolver(Map.of(), null).resolve(FtpUrl.parse("ftp://alice@host/"));

        assertThat(warnings).singleElement().asString()
                .contains(file.toString(), "readable by other users", "chmod 600");
    }

    @Test
    void credentialsTextMasksThePassword() {
        assertThat(new Credentials("alice", "hunter2", "the URL").toString())
                .contains("alice").doesNotContain("hunter2");
    }

    @Test
    void defaultNetrcFollowsTheHomeVariable() {
        assertThat(CredentialResolver.defaultNetrc(Map.of("HOME", "/tmp/someone")))
                .contains(Path.of("/tmp/someone/.netrc"));
    }

    private Path netrc(String text) throws IOException {
        Path file = Files.writeString(home.resolve(".netrc"), text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    private CredentialResolver resolver(Map<String, String> environment, String typed) {
        PasswordPrompt prompt = text -> {
            prompts.add(text);
            return Optional.ofNullable(typed);
        };
        return new CredentialResolver(environment, Optional.of(home.resolve(".netrc")), false,
                prompt, warnings::add);
    }
}

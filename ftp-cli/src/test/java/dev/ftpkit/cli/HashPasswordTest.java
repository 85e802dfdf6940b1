package dev.ftpkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ftpkit.server.auth.PasswordHash;
import dev.ftpkit.server.auth.UserAccount;
import dev.ftpkit.server.auth.UserFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@Timeout(30)
class HashPasswordTest {

    @Test
    void pipedPasswordIsPrintedAsAHashThatVerifies() {
        CommandRun run = hashPassword("correct horse\n");

        String hash = run.out().lines().findFirst().orElseThrow();
        assertThat(run.exitCode()).isZero();
        assertThat(hash).startsWith(PasswordHash.SCHEME + ":");
        assertThat(PasswordHash.verify("correct horse".toCharArray(), hash)).isTrue();
    }

    @Test
    void windowsLineEndingIsNotPartOfThePassword() {
        CommandRun run = hashPassword("s3cret\r\n");

        String hash = run.out().lines().findFirst().orElseThrow();
        assertThat(PasswordHash.verify("s3cret".toCharArray(), hash)).isTrue();
    }

    @Test
    void printedEntryIsAUsersFileTheServerAccepts(@TempDir Path dir) throws IOException {
        CommandRun run = hashPassword("pässwörd\n", "--name", "bob");
        String entry = run.out().substring(run.out().indexOf("users:"));
        Path usersFile = Files.writeString(dir.resolve("users.yaml"), entry);

        Optional<UserAccount> bob = UserFile.load(usersFile).authenticate("bob", "pässwörd");

        assertThat(bob).hasValueSatisfying(account -> {
            // the home line is printed commented out: the user starts at the root
            assertThat(account.home()).isEqualTo(Path.of(""));
            assertThat(account.canWrite()).isTrue();
        });
    }

    @Test
    void emptyInputFailsWithoutPrintingAHash() {
        CommandRun run = hashPassword("");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("no password read");
    }

    @Test
    void emptyPasswordIsRefused() {
        CommandRun run = hashPassword("\n");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("empty password");
    }

    @Test
    void quotesNamesThatYamlWouldOtherwiseMisread() {
        assertThat(HashPassword.yamlString("a: \"b\" \\ #c")).isEqualTo("\"a: \\\"b\\\" \\\\ #c\"");
    }

    private static CommandRun hashPassword(String stdin, String... args) {
        ByteArrayInputStream input =
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        CommandLine commandLine = new CommandLine(new HashPassword(input, null));
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        return CommandRun.run(commandLine, args);
    }
}

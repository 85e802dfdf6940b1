package dev.ftpkit.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserFileTest {

    private static final String HASH = PasswordHash.hash("pw".toCharArray(), 1_000);

    @TempDir
    Path dir;

    @Test
    void loadsUsersFromYaml() throws IOException {
        Path file = write("users.yaml", """
                users:
                  - name: alice
                    password: "%s"
                    home: alice
                  - {name: carol, password: "%s", write: false}
                """.formatted(HASH, HASH));

        UserStore store = UserFile.load(file);

        UserAccount alice = store.authenticate("alice", "pw").orElseThrow();
        UserAccount carol = store.authenticate("carol", "pw").orElseThrow();
        assertThat(alice.home()).isEqualTo(Path.of("alice"));
        assertThat(alice.canWrite()).isTrue();
        assertThat(carol.home()).isEqualTo(Path.of(""));
        assertThat(carol.canWrite()).isFalse();
    }

    @Test
    void loadsUsersFromJson() throws IOException {
        Path file = write("users.json", """
                {"users": [{"name": "alice", "password": "%s", "write": true}]}
                """.formatted(HASH));

        UserStore store = UserFile.load(file);

        assertThat(store.authenticate("alice", "pw")).isPresent();
        assertThat(store.authenticate("alice", "wrong")).isEmpty();
        assertThat(store.authenticate("bob", "pw")).isEmpty();
    }

    @Test
    void ymlExtensionIsYaml() throws IOException {
        Path file = write("users.yml", "users:\n  - {name: a, password: \"" + HASH + "\"}\n");

        assertThat(UserFile.load(file).authenticate("a", "pw")).isPresent();
    }

    @Test
    void missingPasswordNamesTheFileAndTheField() throws IOException {
        Path file = write("users.yaml", "users:\n  - name: alice\n");

        assertThatThrownBy(() -> UserFile.load(file))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("users[0].password");
    }

    @Test
    void brokenYamlIsReportedOnOneLineWithItsPosition() throws IOException {
        Path file = write("users.yaml", "users:\n  - {name: alice, password: \"x\"\n");

        assertThatThrownBy(() -> UserFile.load(file))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(file + ": not valid YAML (line ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void malformedPasswordHashNamesTheField() throws IOException {
        Path file = write("users.yaml", "users:\n  - {name: alice, password: plaintext}\n");

        assertThatThrownBy(() -> UserFile.load(file))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("users[0].password");
    }

    @Test
    void wrongTypeNamesTheField() throws IOException {
        Path file = write("users.yaml", "users:\n  - {name: a, password: \"" + HASH
                + "\", write: maybe}\n");

        assertThatThrownBy(() -> UserFile.load(file))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("users[0].write");
    }

    @Test
    void unknownFieldNamesTheField() throws IOException {
        Path file = write("users.yaml", "users:\n  - {name: a, password: \"" + HASH
                + "\", writable: true}\n");

        assertThatThrownBy(() -> UserFile.load(file))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("users[0].writable");
    }

    @Test
    void homeClimbingOutOfTheRootIsRefused() throws IOException {
        Path file = write("users.yaml", "users:\n  - {name: a, password: \"" + HASH
                + "\", home: ../etc}\n");

        assertThatThrownBy(() -> UserFile.load(file))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("users[0]");
    }

    @Test
    void missingUsersListIsReported() throws IOException {
        Path file = write("users.json", "{\"people\": []}");

        assertThatThrownBy(() -> UserFile.load(file))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("users");
    }

    @Test
    void brokenSyntaxNamesTheFile() throws IOException {
        Path file = write("users.json", "{\"users\": [");

        assertThatThrownBy(() -> UserFile.load(file))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(file.toString());
    }

    @Test
    void duplicateNamesAreRefused() throws IOException {
        Path file = write("users.yaml", "users:\n  - {name: a, password: \"" + HASH
                + "\"}\n  - {name: a, password: \"" + HASH + "\"}\n");

        assertThatThrownBy(() -> UserFile.load(file))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("users[1]");
    }

    @Test
    void unknownExtensionIsRefused() throws IOException {
        Path file = write("users.txt", "users: []");

        assertThatThrownBy(() -> UserFile.load(file))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(".json, .yaml or .yml");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}

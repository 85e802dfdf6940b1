package dev.ftpkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GeneratedPasswordTest {

    @Test
    void isSixteenUrlSafeCharacters() {
        assertThat(GeneratedPassword.next()).matches("[A-Za-z0-9_-]{16}");
    }

    @Test
    void differsEachTime() {
        Set<String> passwords = new HashSet<>();

        for (int i = 0; i < 100; i++) {
            passwords.add(GeneratedPassword.next());
        }

        assertThat(passwords).hasSize(100);
    }
}

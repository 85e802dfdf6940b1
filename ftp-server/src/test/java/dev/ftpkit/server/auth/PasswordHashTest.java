package dev.ftpkit.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHashTest {

    @Test
    void theRightPasswordVerifies() {
        String encoded = PasswordHash.hash("s3cret".toCharArray(), 1_000);

        assertThat(PasswordHash.verify("s3cret".toCharArray(), encoded)).isTrue();
    }

    @Test
    void aWrongPasswordDoesNotVerify() {
        String encoded = PasswordHash.hash("s3cret".toCharArray(), 1_000);

        assertThat(PasswordHash.verify("s3cret ".toCharArray(), encoded)).isFalse();
        assertThat(PasswordHash.verify("".toCharArray(), encoded)).isFalse();
    }

    @Test
    void theDefaultHashUsesTheDocumentedFormat() {
        String encoded = PasswordHash.hash("pw".toCharArray());

        assertThat(encoded).matches("pbkdf2-sha256:600000:[A-Za-z0-9+/=]{24}:[A-Za-z0-9+/=]{44}");
        assertThat(PasswordHash.verify("pw".toCharArray(), encoded)).isTrue();
    }

    @Test
    void eachHashHasItsOwnSalt() {
        String first = PasswordHash.hash("same".toCharArray(), 1_000);
        String second = PasswordHash.hash("same".toCharArray(), 1_000);

        assertThat(first).isNotEqualTo(second);
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "md5:abc", "pbkdf2-sha256:x:AAAA:AAAA",
            "pbkdf2-sha256:0:AAAA:AAAA", "pbkdf2-sha256:1000:!!!:AAAA",
            "pbkdf2-sha256:1000:AAAAAAAAAAAAAAAAAAAAAA==:AAAA"})
    void malformedHashesAreRejected(String encoded) {
        assertThatThrownBy(() -> PasswordHash.verify("pw".toCharArray(), encoded))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

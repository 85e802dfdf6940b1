package dev.ftpkit.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ftpkit.server.auth.UserStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FtpServerConfigTest {

    private static final UserStore NOBODY = (name, password) -> Optional.empty();

    @Test
    void defaultsAreForALoopbackServer() {
        FtpServerConfig config = FtpServerConfig.builder().root(Path.of("/srv")).users(NOBODY)
                .build();

        assertThat(config.bindAddress().getHostAddress()).isEqualTo("127.0.0.1");
        assertThat(config.port()).isEqualTo(2121);
        assertThat(config.passivePortFirst()).isZero();
        assertThat(config.passivePortLast()).isZero();
        assertThat(config.passiveAddress()).isEmpty();
        assertThat(config.anonymous()).isFalse();
        assertThat(config.maxLineLength()).isEqualTo(4096);
        assertThat(config.idleTimeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(config.maxSessions()).isEqualTo(512);
        assertThat(config.maxSessionsPerAddress()).isZero();
        assertThat(config.maxLoginsInProgress()).isEqualTo(64);
    }

    @Test
    void rootIsRequired() {
        assertThatThrownBy(() -> FtpServerConfig.builder().users(NOBODY).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("root");
    }

    @Test
    void usersAreRequired() {
        assertThatThrownBy(() -> FtpServerConfig.builder().root(Path.of("/srv")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("users");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 65536})
    void portOutOfRangeIsRefused(int port) {
        assertRefused(builder -> builder.port(port), "port");
    }

    @Test
    void reversedPassiveRangeIsRefused() {
        assertRefused(builder -> builder.passivePorts(50010, 50000), "passivePorts");
    }

    @Test
    void privilegedPassiveRangeIsRefused() {
        assertRefused(builder -> builder.passivePorts(21, 30), "passivePorts");
    }

    @Test
    void zeroIdleTimeoutIsRefused() {
        assertRefused(builder -> builder.idleTimeout(Duration.ZERO), "idleTimeout");
    }

    @Test
    void tinyLineLimitIsRefused() {
        assertRefused(builder -> builder.maxLineLength(4), "maxLineLength");
    }

    @Test
    void sessionLimitBelowOneIsRefused() {
        assertRefused(builder -> builder.maxSessions(0), "maxSessions");
    }

    @Test
    void loginLimitBelowOneIsRefused() {
        assertRefused(builder -> builder.maxLoginsInProgress(0), "maxLoginsInProgress");
    }

    @Test
    void negativePerAddressLimitIsRefused() {
        assertRefused(builder -> builder.maxSessionsPerAddress(-1), "maxSessionsPerAddress");
    }

    private static void assertRefused(Consumer<FtpServerConfig.Builder> change, String setting) {
        FtpServerConfig.Builder builder = FtpServerConfig.builder().root(Path.of("/srv"))
                .users(NOBODY);
        change.accept(builder);

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(setting);
    }
}

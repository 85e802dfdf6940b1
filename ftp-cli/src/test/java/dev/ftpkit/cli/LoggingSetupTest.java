package dev.ftpkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoggingSetupTest {

    private static final List<String> KEYS = List.of("defaultLogLevel", "log.io.netty",
            "showDateTime", "showThreadName", "showShortLogName", "logFile");

    @AfterEach
    void clearProperties() {
        KEYS.forEach(key -> System.clearProperty("org.slf4j.simpleLogger." + key));
    }

    @ParameterizedTest
    @CsvSource({
        "serve,                    false",
        "serve -v,                 true",
        "serve --verbose,          true",
        "serve --port 0 -v,        true",
        "serve -- -v,              false",
        "hash-password,            false"})
    void findsTheVerboseFlagBeforeParsing(String commandLine, boolean verbose) {
        assertThat(LoggingSetup.wantsVerbose(commandLine.split(" "))).isEqualTo(verbose);
    }

    @Test
    void verboseLogsFtpkitAtDebugButNettyAtInfo() {
        LoggingSetup.configure(true);

        assertThat(System.getProperty("org.slf4j.simpleLogger.defaultLogLevel"))
                .isEqualTo("debug");
        assertThat(System.getProperty("org.slf4j.simpleLogger.log.io.netty")).isEqualTo("info");
    }

    @Test
    void keepsALevelTheUserSetWithMinusD() {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");

        LoggingSetup.configure(true);

        assertThat(System.getProperty("org.slf4j.simpleLogger.defaultLogLevel"))
                .isEqualTo("warn");
    }
}

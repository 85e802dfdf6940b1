package dev.ftpkit.client.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The time-val of RFC 3659 section 2.3, read as UTC. */
class TimeValTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "20260102030405, 2026-01-02T03:04:05Z",
        "20260102030405.850, 2026-01-02T03:04:05Z",
        "19991231235959.1, 1999-12-31T23:59:59Z",
        "20161231235960, 2016-12-31T23:59:59Z"})
    void readsTimeValsAsUtc(String text, String instant) {
        assertThat(TimeVal.parse(text)).contains(Instant.parse(instant));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "2026010203040", "202601020304055", "20261302030405",
        "20260230030405", "20260102250000", "2026-01-02 03:04", "20260102030405.",
        " 20260102030405", "20260102030405Z"})
    void refusesWhatIsNoTimeVal(String text) {
        assertThat(TimeVal.parse(text)).isEmpty();
    }
}

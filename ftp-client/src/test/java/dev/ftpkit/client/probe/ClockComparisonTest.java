package dev.ftpkit.client.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A reported file time against the upload's: UTC, a time zone's offset, or a wrong clock. */
class ClockComparisonTest {

    private static final Instant UPLOADED = Instant.parse("2026-03-01T12:00:00Z");

    @ParameterizedTest(name = "{0} s")
    @CsvSource({"0", "-1", "90", "-120"})
    void acceptsTimesWithinTheTolerance(long seconds) {
        assertThat(ClockComparison.problem(UPLOADED.plusSeconds(seconds), UPLOADED)).isEmpty();
    }

    @ParameterizedTest(name = "{0} min")
    @CsvSource(delimiter = '|', textBlock = """
            60    | +01:00
            -300  | -05:00
            330   | +05:30
            -570  | -09:30
            841   | +14:00
            """)
    void namesTheZoneOffsetOfALocalTime(long minutes, String offset) {
        Instant reported = UPLOADED.plus(Duration.ofMinutes(minutes));

        assertThat(ClockComparison.problem(reported, UPLOADED)).hasValueSatisfying(text ->
                assertThat(text).contains(offset, "local time", "UTC"));
    }

    @ParameterizedTest(name = "{0} s")
    @CsvSource({"420", "-3000", "86400"})
    void blamesTheClockForOtherDifferences(long seconds) {
        Instant reported = UPLOADED.plusSeconds(seconds);

        assertThat(ClockComparison.problem(reported, UPLOADED)).hasValueSatisfying(text ->
                assertThat(text).contains("clock may be wrong"));
    }
}

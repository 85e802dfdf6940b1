package dev.ftpkit.cli.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    private static final long MIB = 1024 * 1024;

    private final StringWriter terminal = new StringWriter();
    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    @Test
    void showsPercentBytesRateAndTimeLeft() {
        ProgressBar bar = bar(10 * MIB, 0);

        advance(Duration.ofSeconds(2), 4 * MIB, bar);

        assertThat(lastLine()).startsWith("report.csv")
                .contains(" 40% [#####         ] 4.0 MiB/10.0 MiB  2.0 MiB/s  0:03 left");
    }

    @Test
    void redrawsInPlaceAtMostTenTimesASecond() {
        ProgressBar bar = bar(100 * MIB, 0);

        for (int i = 0; i < 1000; i++) {
            advance(Duration.ofMillis(1), 1024, bar);
        }

        // One draw at the start, then one per 100 ms of the second that passed.
        assertThat(terminal.toString()).doesNotContain("\n").startsWith("\r");
        assertThat(terminal.toString().chars().filter(c -> c == '\r').count()).isEqualTo(11);
    }

    @Test
    void finishDrawsTheLastStateAndEndsTheLine() {
        ProgressBar bar = bar(2 * MIB, 0);
        advance(Duration.ofMillis(10), 2 * MIB, bar);

        bar.finish();
        bar.finish();

        assertThat(terminal.toString()).endsWith("\n").containsOnlyOnce("\n");
        assertThat(lastLine()).contains("100% [##############] 2.0 MiB/2.0 MiB")
                .doesNotContain("left");
    }

    @Test
    void resumedTransferCountsTheBytesAlreadyThereButNotInTheRate() {
        ProgressBar bar = bar(10 * MIB, 5 * MIB);

        advance(Duration.ofSeconds(1), MIB, bar);

        assertThat(lastLine()).contains(" 60% ", "6.0 MiB/10.0 MiB", "1.0 MiB/s", "0:04 left");
    }

    @Test
    void unknownSizeShowsBytesAndRateOnly() {
        ProgressBar bar = bar(-1, 0);

        advance(Duration.ofSeconds(1), 3 * MIB, bar);

        assertThat(lastLine()).contains("3.0 MiB  3.0 MiB/s").doesNotContain("%");
    }

    @Test
    void longNamesAreShortenedFromTheLeftToKeepTheLineOnOneRow() {
        ProgressBar bar = new ProgressBar(new PrintWriter(terminal), "a".repeat(100) + ".iso",
                10 * MIB, 0, now::get, 80);

        advance(Duration.ofSeconds(1), MIB, bar);

        assertThat(lastLine()).startsWith("...").contains("aaa.iso ").hasSizeLessThan(80);
    }

    @Test
    void shorterLineIsPaddedOverTheLongerOneBefore() {
        ProgressBar bar = bar(-1, 0);
        advance(Duration.ofSeconds(1), 1000 * MIB, bar);

        advance(Duration.ofSeconds(100), 0, bar);

        String[] draws = terminal.toString().split("\r");
        assertThat(draws[draws.length - 1]).hasSizeGreaterThanOrEqualTo(draws[draws.length - 2]
                .length());
    }

    private ProgressBar bar(long total, long offset) {
        return new ProgressBar(new PrintWriter(terminal), "report.csv", total, offset, now::get,
                80);
    }

    private void advance(Duration time, long bytes, ProgressBar bar) {
        now.addAndGet(time.toNanos());
        bar.advance(bytes);
    }

    private String lastLine() {
        String[] draws = terminal.toString().strip().split("\r");
        return draws[draws.length - 1];
    }
}

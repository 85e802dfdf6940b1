package dev.ftpkit.client.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The terminal rendering of a scorecard. */
class ScorecardTextTest {

    private static final CheckResult PASSED = new CheckResult("noop", "Answers NOOP with 200",
            CheckVerdict.PASS, List.of("NOOP"), "200 (RFC 959 4.1.3 and 5.4)",
            List.of("200 NOOP ok"), "", List.of());
    private static final CheckResult FAILED = new CheckResult(
            "transfer-without-data-connection",
            "Refuses a transfer at once when no data connection was prepared", CheckVerdict.FAIL,
            List.of("LIST"), "425 (RFC 959 3.2 and 5.4; ftpkit's rule: LIST needs PASV, EPSV,"
                    + " PORT or EPRT accepted since the last transfer), or 503",
            List.of("150 File status okay. About to open data connection.",
                    "(no reply within 3 s)"),
            "server waited for a data connection: no reply within 3 s",
            List.of("pyftpdlib 1.5: 150 File status okay. (then waits)"));
    private static final Scorecard SCORECARD = new Scorecard("ftp://tester@127.0.0.1:2121/",
            false, List.of(PASSED, FAILED));

    @Test
    void listsEveryCheckWithItsVerdictThenTheCounts() {
        String text = ScorecardText.render(SCORECARD, 100, false);

        assertThat(text).startsWith("ftpkit probe of ftp://tester@127.0.0.1:2121/ (read-only)\n")
                .contains("\nPASS  noop                              Answers NOOP with 200\n")
                .contains("\nFAIL  transfer-without-data-connection  Refuses a transfer")
                .endsWith("\n2 checks: 1 pass, 0 warn, 1 fail, 0 skip.\n");
    }

    @Test
    void detailsOnlyTheChecksThatDidNotPass() {
        String text = ScorecardText.render(SCORECARD, 100, false);

        assertThat(text).contains("Details of the checks that did not pass:",
                "  sent: LIST\n",
                "  received: 150 File status okay. About to open data connection.\n"
                        + "            (no reply within 3 s)\n",
                "  why: server waited for a data connection",
                "  servers differ:\n    pyftpdlib 1.5: 150")
                .doesNotContain("sent: NOOP");
    }

    @Test
    void detailsEveryCheckWhenAskedTo() {
        String text = ScorecardText.render(SCORECARD, 100, true);

        assertThat(text).contains("Details:\n", "  sent: NOOP\n", "  received: 200 NOOP ok\n");
    }

    @Test
    void wrapsProseAtTheWidthButNeverReplyLines() {
        String text = ScorecardText.render(SCORECARD, 60, false);

        assertThat(text.lines().filter(line -> !line.startsWith("  received:")
                && !line.startsWith("            ")))
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(60));
        assertThat(text).contains("150 File status okay. About to open data connection.");
    }

    @Test
    void wrapKeepsAWordLongerThanTheLineWhole() {
        List<String> lines = ScorecardText.wrap("see /a/very/long/path/that/does/not/fit here",
                20, "> ", "  ");

        assertThat(lines).containsExactly("> see", "  /a/very/long/path/that/does/not/fit",
                "  here");
    }
}

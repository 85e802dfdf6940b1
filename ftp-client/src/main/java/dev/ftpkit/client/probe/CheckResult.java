package dev.ftpkit.client.probe;

import java.util.List;
import java.util.Objects;

/**
 * One line of a {@link Scorecard}: what a check sent, what it expected, what came back and
 * its verdict.
 *
 * @param id a stable identifier such as {@code pass-before-user}, for scripts
 * @param title what the check asks, in words
 * @param verdict the conclusion
 * @param sent the commands the check sent, in order, a PASS argument masked; empty when it
 *     only read (the greeting)
 * @param expected what the RFC and ftpkit's sequencing rules expect, with the section
 * @param received the replies as they came, one line each as on the wire ({@code 211-...},
 *     inner lines, {@code 211 End}), plus a line saying so when none came in time
 * @param note why the verdict, or what was learned (the features offered), "" when the
 *     verdict says it all
 * @param serverNotes how real servers answer the same case, from the diagnostics
 *     library's {@code ServerQuirks}, for a WARN or FAIL; empty otherwise, and for cases
 *     without quirks
 */
public record CheckResult(String id, String title, CheckVerdict verdict, List<String> sent,
        String expected, List<String> received, String note, List<String> serverNotes) {

    public CheckResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(verdict, "verdict");
        sent = List.copyOf(sent);
        Objects.requireNonNull(expected, "expected");
        received = List.copyOf(received);
        Objects.requireNonNull(note, "note");
        serverNotes = List.copyOf(serverNotes);
    }
}

package dev.ftpkit.client.probe;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders a {@link Scorecard} for a terminal: one line per check with its verdict, then the
 * details (sent, expected, received, why, how servers differ) of every check that did not
 * pass, then the counts. Stateless and thread-safe.
 */
public final class ScorecardText {

    private static final int MIN_WIDTH = 60;
    private static final String INDENT = "  ";

    private ScorecardText() {
    }

    /**
     * Returns the scorecard as text no wider than {@code width} columns where words allow
     * (a long reply line stands on its own). With {@code allDetails}, passing checks get
     * their details too.
     */
    public static String render(Scorecard scorecard, int width, boolean allDetails) {
        int columns = Math.max(width, MIN_WIDTH);
        StringBuilder out = new StringBuilder();
        out.append("ftpkit probe of ").append(scorecard.target())
                .append(scorecard.write() ? " (with --write)" : " (read-only)").append("\n\n");
        int idWidth = scorecard.results().stream().mapToInt(r -> r.id().length()).max()
                .orElse(0);
        for (CheckResult result : scorecard.results()) {
            String head = String.format("%-4s  %-" + idWidth + "s  ", result.verdict(),
                    result.id());
            wrap(result.title(), columns, head, " ".repeat(head.length())).forEach(
                    line -> out.append(line).append('\n'));
        }
        List<CheckResult> detailed = scorecard.results().stream()
                .filter(r -> allDetails || r.verdict() != CheckVerdict.PASS).toList();
        if (!detailed.isEmpty()) {
            out.append('\n').append(allDetails ? "Details:" : "Details of the checks that did"
                    + " not pass:").append('\n');
        }
        for (CheckResult result : detailed) {
            out.append('\n');
            details(result, columns).forEach(line -> out.append(line).append('\n'));
        }
        out.append('\n').append(summary(scorecard)).append('\n');
        return out.toString();
    }

    /** Returns the counts line, such as "26 checks: 20 pass, 3 warn, 1 fail, 2 skip.". */
    public static String summary(Scorecard scorecard) {
        Map<CheckVerdict, Long> counts = scorecard.counts();
        return scorecard.results().size() + " checks: " + counts.get(CheckVerdict.PASS)
                + " pass, " + counts.get(CheckVerdict.WARN) + " warn, "
                + counts.get(CheckVerdict.FAIL) + " fail, " + counts.get(CheckVerdict.SKIP)
                + " skip.";
    }

    private static List<String> details(CheckResult result, int width) {
        List<String> lines = new ArrayList<>();
        lines.addAll(wrap(result.title(), width, result.verdict() + " " + result.id() + ": ",
                INDENT + INDENT));
        if (!result.sent().isEmpty()) {
            lines.addAll(wrap(String.join(", ", result.sent()), width, INDENT + "sent: ",
                    INDENT + "      "));
        }
        lines.addAll(wrap(result.expected(), width, INDENT + "expected: ",
                INDENT + "          "));
        String received = INDENT + "received: ";
        for (String line : result.received()) {
            lines.add(received + line);
            received = " ".repeat(received.length());
        }
        if (!result.note().isEmpty()) {
            lines.addAll(wrap(result.note(), width, INDENT + "why: ", INDENT + "     "));
        }
        if (!result.serverNotes().isEmpty()) {
            lines.add(INDENT + "servers differ:");
            result.serverNotes().forEach(note -> lines.addAll(wrap(note, width,
                    INDENT + INDENT, INDENT + INDENT + INDENT)));
        }
        return lines;
    }

    /**
     * Returns {@code text} in lines of at most {@code width} columns, the first starting with
     * {@code first} and the others with {@code rest}; a word longer than a line stands alone.
     */
    static List<String> wrap(String text, int width, String first, String rest) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(first);
        int start = line.length();
        for (String word : text.trim().split("\\s+")) {
            if (line.length() > start && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line = new StringBuilder(rest);
                start = line.length();
            }
            if (line.length() > start) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}

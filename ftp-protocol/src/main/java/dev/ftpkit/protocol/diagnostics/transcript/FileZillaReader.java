package dev.ftpkit.protocol.diagnostics.transcript;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads FileZilla's client log as copied from its message log ("Command:\tUSER x", maybe
 * after a "15:50:48\t" time) or as written to its log file ("2017-06-06 10:19:30 3928 1
 * Command: PASV"). Status, Trace, Error and Listing lines are skipped.
 */
final class FileZillaReader extends PrefixedLineReader {

    // One separator (tab or space) follows the colon; anything after it belongs to the
    // line, so the leading space of an inner FEAT line survives.
    private static final Pattern LINE = Pattern.compile(
            "^(?:\\d{4}-\\d{2}-\\d{2}[ T])?(?:\\d{1,2}:\\d{2}:\\d{2}(?:[.,]\\d+)?(?: \\d+ \\d+)?"
                    + "[ \\t]+)?(Command|Response|Status|Trace|Error|Listing):[\\t ](.*)$");

    @Override
    Optional<RawLine> readLine(int lineNumber, String line) {
        Matcher matcher = LINE.matcher(line);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String text = matcher.group(2);
        return switch (matcher.group(1)) {
            case "Command" -> Optional.of(RawLine.sent(lineNumber, text));
            case "Response" -> Optional.of(RawLine.received(lineNumber, text));
            default -> Optional.empty();
        };
    }

    @Override
    public int score(List<String> lines) {
        // Status and Trace lines mark the format as well as commands do.
        int score = 0;
        for (String line : lines) {
            if (LINE.matcher(line).matches()) {
                score++;
            }
        }
        return score;
    }
}

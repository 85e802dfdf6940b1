package dev.ftpkit.protocol.diagnostics.transcript;

import java.util.List;
import java.util.Optional;

/**
 * Reads {@code curl -v}: "> " before what curl sent, "< " before what it received, and "* "
 * before its own notes, which are skipped. The progress meter may share a line with a note.
 */
final class CurlReader extends PrefixedLineReader {

    @Override
    Optional<RawLine> readLine(int lineNumber, String line) {
        if (line.startsWith("> ")) {
            return Optional.of(RawLine.sent(lineNumber, line.substring(2)));
        }
        if (line.startsWith("< ")) {
            return Optional.of(RawLine.received(lineNumber, line.substring(2)));
        }
        return Optional.empty();
    }

    @Override
    public int score(List<String> lines) {
        // Commons Net with showDirection writes the same arrows; curl's "* " notes tell them apart.
        boolean notes = lines.stream().anyMatch(line -> line.startsWith("* ")
                || line.contains("*   Trying "));
        return notes ? super.score(lines) + 1 : 0;
    }
}

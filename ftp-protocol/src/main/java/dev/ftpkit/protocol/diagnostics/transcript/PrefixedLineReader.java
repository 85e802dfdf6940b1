package dev.ftpkit.protocol.diagnostics.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A reader for the formats where each line says on its own whether it is a command, a reply
 * line or neither: every format but ftplib and ProFTPD, whose lines need context.
 */
abstract class PrefixedLineReader implements DialectReader {

    /** Returns the command or reply line that {@code line} carries, or empty. */
    abstract Optional<RawLine> readLine(int lineNumber, String line);

    @Override
    public int score(List<String> lines) {
        int score = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (readLine(i + 1, lines.get(i)).isPresent()) {
                score++;
            }
        }
        return score;
    }

    @Override
    public List<RawLine> read(List<String> lines) {
        List<RawLine> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            readLine(i + 1, lines.get(i)).ifPresent(out::add);
        }
        return out;
    }
}

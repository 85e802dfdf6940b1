package dev.ftpkit.protocol.diagnostics.transcript;

import java.util.Optional;

/**
 * Reads lftp's debug output: "---> " before a command, "<--- " before each reply line, "---- "
 * and "**** " before its own notes. With {@code debug -t} or {@code -p} a timestamp or process
 * id comes first, so the arrow is looked for anywhere in the line.
 */
final class LftpReader extends PrefixedLineReader {

    private static final String SENT = "---> ";
    private static final String RECEIVED = "<--- ";

    @Override
    Optional<RawLine> readLine(int lineNumber, String line) {
        int sent = line.indexOf(SENT);
        int received = line.indexOf(RECEIVED);
        if (sent >= 0 && (received < 0 || sent < received)) {
            return Optional.of(RawLine.sent(lineNumber, line.substring(sent + SENT.length())));
        }
        if (received >= 0) {
            return Optional.of(RawLine.received(lineNumber,
                    line.substring(received + RECEIVED.length())));
        }
        return Optional.empty();
    }
}

package dev.ftpkit.protocol.diagnostics.transcript;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Pure-FTPd's syslog lines when it runs with {@code -d -d}: {@code pure-ftpd:
 * (?@127.0.0.1) [DEBUG] Command [user] [alice]} for a command (verb in lower case, PASS
 * shown as "&lt;*&gt;") and {@code [DEBUG] 331 User alice OK.} for each reply line, whose
 * inner lines repeat the code with a hyphen (ftpd.c doreply).
 */
final class PureFtpdReader extends PrefixedLineReader {

    private static final Pattern COMMAND = Pattern.compile("\\[DEBUG\\] Command \\[([^\\]]*)\\] "
            + "\\[(.*)\\]$");
    private static final Pattern REPLY = Pattern.compile("\\[DEBUG\\] (\\d{3}[ -].*)$");

    @Override
    Optional<RawLine> readLine(int lineNumber, String line) {
        Matcher command = COMMAND.matcher(line);
        if (command.find()) {
            String verb = command.group(1).toUpperCase(Locale.ROOT);
            String argument = command.group(2);
            return Optional.of(RawLine.sent(lineNumber,
                    argument.isEmpty() ? verb : verb + " " + argument));
        }
        Matcher reply = REPLY.matcher(line);
        if (reply.find()) {
            return Optional.of(RawLine.received(lineNumber, reply.group(1)));
        }
        return Optional.empty();
    }
}

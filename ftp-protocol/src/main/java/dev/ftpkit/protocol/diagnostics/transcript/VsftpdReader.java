package dev.ftpkit.protocol.diagnostics.transcript;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads vsftpd's log with {@code log_ftp_protocol=YES}: {@code ... [pid 7] [alice] FTP
 * command: Client "127.0.0.1", "USER alice"} and {@code FTP response: Client ..., "331
 * ..."}. vsftpd logs PASS as "PASS &lt;password&gt;" already.
 */
final class VsftpdReader extends PrefixedLineReader {

    private static final Pattern LINE = Pattern.compile(
            "FTP (command|response): Client \"[^\"]*\", \"(.*?)\"?$");

    // vsftpd writes the inner lines of a multi-line reply (FEAT) raw, CRLF included, and its
    // logger shows those two bytes as "??" (logging.c replaces unprintable characters).
    private static final String LOGGED_CRLF = "??";

    @Override
    Optional<RawLine> readLine(int lineNumber, String line) {
        Matcher matcher = LINE.matcher(line);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String text = matcher.group(2);
        if (matcher.group(1).equals("command")) {
            return Optional.of(RawLine.sent(lineNumber, text));
        }
        if (!startsWithCode(text) && text.endsWith(LOGGED_CRLF)) {
            text = text.substring(0, text.length() - LOGGED_CRLF.length());
        }
        return Optional.of(RawLine.received(lineNumber, text));
    }

    private static boolean startsWithCode(String text) {
        return text.length() >= 4 && Character.isDigit(text.charAt(0))
                && Character.isDigit(text.charAt(1)) && Character.isDigit(text.charAt(2))
                && (text.charAt(3) == ' ' || text.charAt(3) == '-');
    }
}

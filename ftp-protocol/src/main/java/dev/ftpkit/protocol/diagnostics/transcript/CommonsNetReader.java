package dev.ftpkit.protocol.diagnostics.transcript;

import dev.ftpkit.protocol.command.Verb;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads what Apache Commons Net's {@code PrintCommandListener} prints: each command line as
 * sent, and each reply as received, its lines as the server wrote them. Created with
 * showDirection, it puts "> " before a command and "< " before a reply's first line only.
 * With suppressLogin it prints "PASS *******".
 *
 * <p>Without arrows a line is a reply line when it starts with a reply code or falls inside
 * an open multi-line reply, and a command when it starts with a verb of the catalog.
 */
final class CommonsNetReader implements DialectReader {

    private static final Pattern REPLY_START = Pattern.compile("^\\d{3}([ -].*)?$");
    private static final Pattern COMMAND = Pattern.compile("^[A-Za-z]{3,7}( .*)?$");

    @Override
    public int score(List<String> lines) {
        List<RawLine> raw = read(lines);
        boolean replies = raw.stream()
                .anyMatch(line -> line.direction() == Direction.SERVER_TO_CLIENT);
        boolean commands = raw.stream()
                .anyMatch(line -> line.direction() == Direction.CLIENT_TO_SERVER);
        long nonBlank = lines.stream().filter(line -> !line.isBlank()).count();
        // Raw lines are the weakest sign of all: demand both directions and most lines.
        return replies && commands && raw.size() * 10L >= nonBlank * 6 ? raw.size() : 0;
    }

    @Override
    public List<RawLine> read(List<String> lines) {
        List<RawLine> out = new ArrayList<>();
        String openCode = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            RawLine raw = classify(i + 1, line, openCode != null);
            if (raw == null) {
                continue;
            }
            out.add(raw);
            if (raw.direction() == Direction.SERVER_TO_CLIENT) {
                openCode = nextOpenCode(openCode, raw.text());
            }
        }
        return out;
    }

    private static RawLine classify(int lineNumber, String line, boolean replyOpen) {
        if (line.startsWith("> ")) {
            return RawLine.sent(lineNumber, line.substring(2));
        }
        if (line.startsWith("< ")) {
            return RawLine.received(lineNumber, line.substring(2));
        }
        if (replyOpen || REPLY_START.matcher(line).matches()) {
            return RawLine.received(lineNumber, line);
        }
        if (COMMAND.matcher(line).matches() && Verb.lookup(line.split(" ", 2)[0]).isPresent()) {
            return RawLine.sent(lineNumber, line);
        }
        return null;
    }

    // Tracks only which direction inner lines belong to; ReplyDecoder judges the reply.
    private static String nextOpenCode(String openCode, String text) {
        if (openCode == null) {
            return text.length() >= 4 && text.charAt(3) == '-' ? text.substring(0, 3) : null;
        }
        boolean last = text.startsWith(openCode) && (text.length() == 3 || text.charAt(3) == ' ');
        return last ? null : openCode;
    }
}

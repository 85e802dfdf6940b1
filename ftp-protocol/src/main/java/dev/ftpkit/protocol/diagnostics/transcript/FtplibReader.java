package dev.ftpkit.protocol.diagnostics.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Python's ftplib debug output. Level 1 prints "*cmd* 'USER x'" and "*resp* '331
 * ...'" (a multi-line reply as one repr with \n inside); level 2 adds "*put*" and "*get*",
 * the raw lines. Each fact is printed twice at level 2, so commands are read from *cmd*
 * (from *put* only when no *cmd* is present) and replies from *get* when present, else from
 * *resp*. ftplib masks PASS in both *cmd* and *put*; older versions did not.
 */
final class FtplibReader implements DialectReader {

    private static final Pattern LINE =
            Pattern.compile("^\\*(cmd|put|get|resp)\\* (['\"].*['\"])$");

    @Override
    public int score(List<String> lines) {
        return (int) lines.stream().filter(line -> LINE.matcher(line).matches()).count();
    }

    @Override
    public List<RawLine> read(List<String> lines) {
        boolean hasCmd = lines.stream().anyMatch(line -> line.startsWith("*cmd* "));
        boolean hasGet = lines.stream().anyMatch(line -> line.startsWith("*get* "));
        String commandTag = hasCmd ? "cmd" : "put";
        String replyTag = hasGet ? "get" : "resp";
        List<RawLine> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher matcher = LINE.matcher(lines.get(i));
            if (!matcher.matches()) {
                continue;
            }
            String text = stripLineEnd(PythonRepr.decode(matcher.group(2)));
            if (matcher.group(1).equals(commandTag)) {
                out.add(RawLine.sent(i + 1, text));
            } else if (matcher.group(1).equals(replyTag)) {
                for (String replyLine : text.split("\n", -1)) {
                    out.add(RawLine.received(i + 1, stripLineEnd(replyLine)));
                }
            }
        }
        return out;
    }

    private static String stripLineEnd(String text) {
        String stripped = text;
        while (stripped.endsWith("\n") || stripped.endsWith("\r")) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        return stripped;
    }
}

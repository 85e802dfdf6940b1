package dev.ftpkit.protocol.diagnostics.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads ProFTPD's TraceLog (channels command:7 and response:1) or its debug log
 * (DebugLevel 4 and up), which shows commands only.
 *
 * <p>ProFTPD logs a command once per module and phase that handles it ("dispatching PRE_CMD
 * command 'USER alice' to mod_auth", then CMD, POST_CMD, LOG_CMD), so a command is read
 * from its first PRE_CMD or CMD line; the POST_CMD and LOG_CMD lines, which come after the
 * reply, are skipped. A command refused before login leaves only a "failed 'requires_auth'
 * check" line, naming the verb alone. PASS appears as "PASS (hidden)" (src/cmd.c).
 */
final class ProftpdReader implements DialectReader {

    private static final Pattern DISPATCH = Pattern.compile(
            "dispatching (?:PRE_CMD|CMD) command '(.*)' to mod_\\S+$");
    private static final Pattern AFTER_REPLY = Pattern.compile(
            "dispatching (?:POST_CMD|POST_CMD_ERR|LOG_CMD|LOG_CMD_ERR) command '");
    private static final Pattern REFUSED = Pattern.compile(
            "<command:\\d+>: command '(.*)' failed 'requires_auth' check");
    // Level 1 of the response channel carries the lines as written to the client; the
    // other messages of that channel are ProFTPD's notes about its pending list.
    private static final Pattern RESPONSE = Pattern.compile("<response:1>: (.*)$");

    @Override
    public int score(List<String> lines) {
        int score = 0;
        for (String line : lines) {
            if (DISPATCH.matcher(line).find() || AFTER_REPLY.matcher(line).find()
                    || RESPONSE.matcher(line).find() || REFUSED.matcher(line).find()) {
                score++;
            }
        }
        return score;
    }

    @Override
    public List<RawLine> read(List<String> lines) {
        List<RawLine> out = new ArrayList<>();
        String lastCommand = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String command = commandIn(line);
            if (command != null) {
                if (!sameCommand(command, lastCommand)) {
                    out.add(RawLine.sent(i + 1, command));
                    lastCommand = command;
                }
                continue;
            }
            Matcher response = RESPONSE.matcher(line);
            if (response.find() && isWireLine(response.group(1))) {
                out.add(RawLine.received(i + 1, response.group(1)));
                lastCommand = null;
            }
        }
        return out;
    }

    private static String commandIn(String line) {
        Matcher dispatch = DISPATCH.matcher(line);
        if (dispatch.find()) {
            return dispatch.group(1);
        }
        Matcher refused = REFUSED.matcher(line);
        return refused.find() ? refused.group(1) : null;
    }

    // The requires_auth line names the verb alone; an earlier dispatch line had its argument.
    private static boolean sameCommand(String command, String lastCommand) {
        if (lastCommand == null) {
            return false;
        }
        int space = lastCommand.indexOf(' ');
        String lastVerb = space < 0 ? lastCommand : lastCommand.substring(0, space);
        return command.equals(lastCommand) || command.equalsIgnoreCase(lastVerb);
    }

    private static boolean isWireLine(String text) {
        return !text.startsWith("no response pool") && !text.startsWith("async: ");
    }
}

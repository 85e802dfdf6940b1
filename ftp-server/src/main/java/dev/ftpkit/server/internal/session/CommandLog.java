package dev.ftpkit.server.internal.session;

import dev.ftpkit.protocol.command.Command;

/** How commands appear in logs: PASS arguments are masked, control characters escaped. */
final class CommandLog {

    private static final int MAX_LOGGED = 200;

    private CommandLog() {
    }

    /** Returns the command as it may be logged. */
    static String masked(Command command) {
        if (command.verbText().equals("PASS")) {
            // Anonymous passwords are e-mail addresses: personal data, masked as well.
            return "PASS ****";
        }
        String text = command.hasArgument()
                ? command.verbText() + " " + command.argument() : command.verbText();
        return printable(text);
    }

    /** Returns {@code text} cut to a readable length with control characters escaped. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_LOGGED) + 8);
        for (int i = 0; i < text.length() && i < MAX_LOGGED; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\x%02x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (text.length() > MAX_LOGGED) {
            out.append("...");
        }
        return out.toString();
    }
}

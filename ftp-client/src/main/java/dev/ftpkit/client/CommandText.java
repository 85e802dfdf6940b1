package dev.ftpkit.client;

import java.util.Locale;

/** The text of a command as it may be shown: in logs, transcripts and exception messages. */
final class CommandText {

    private CommandText() {
    }

    /** Returns "VERB argument", with the argument of PASS replaced by asterisks. */
    static String of(String verb, String argument) {
        if (argument.isEmpty()) {
            return verb;
        }
        String shown = "PASS".equals(verb.toUpperCase(Locale.ROOT)) ? "****" : argument;
        return verb + " " + shown;
    }
}

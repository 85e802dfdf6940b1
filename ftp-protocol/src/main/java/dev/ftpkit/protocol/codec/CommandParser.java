package dev.ftpkit.protocol.codec;

import dev.ftpkit.protocol.command.Command;
import java.util.Locale;

/** Splits a command line into its verb and argument. */
public final class CommandParser {

    private CommandParser() {
    }

    /**
     * Returns the command in {@code line}: the verb up to the first space, upper-cased, and the
     * argument after that one space, kept exactly as sent (RFC 959 section 5.3.2 puts a single
     * SP between them; file names may begin or end with spaces).
     */
    public static Command parse(String line) {
        int space = line.indexOf(' ');
        if (space < 0) {
            return new Command(line.toUpperCase(Locale.ROOT), "");
        }
        return new Command(line.substring(0, space).toUpperCase(Locale.ROOT),
                line.substring(space + 1));
    }
}

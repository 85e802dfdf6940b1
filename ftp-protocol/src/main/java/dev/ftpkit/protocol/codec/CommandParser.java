package dev.ftpkit.protocol.codec;

import dev.ftpkit.protocol.command.Command;
import java.util.Locale;

/** Splits a command line into its verb and argument. Stateless and thread-safe. */
public final class CommandParser {

    private CommandParser() {
    }

    /**
     * Returns the command in {@code line}: the verb up to the first space, upper-cased, and
     * the argument after the spaces that follow it.
     *
     * <p>RFC 959 section 5.3 separates the verb and the argument by "one or more spaces", so
     * "USER  alice" names alice and "NOOP " has no argument. Spaces before the verb are
     * skipped too. Everything after the separating spaces is kept exactly as sent, trailing
     * spaces included, because file names may end with spaces. A name that begins with a
     * space cannot be sent as is; "./ name" reaches it.
     *
     * @param line one line without its line ending, as {@link CommandLineDecoder} returns it
     */
    public static Command parse(String line) {
        int verbStart = skipSpaces(line, 0);
        int verbEnd = line.indexOf(' ', verbStart);
        if (verbEnd < 0) {
            return new Command(upperCase(line.substring(verbStart)), "");
        }
        int argumentStart = skipSpaces(line, verbEnd);
        return new Command(upperCase(line.substring(verbStart, verbEnd)),
                line.substring(argumentStart));
    }

    private static int skipSpaces(String line, int from) {
        int index = from;
        while (index < line.length() && line.charAt(index) == ' ') {
            index++;
        }
        return index;
    }

    private static String upperCase(String verb) {
        // Locale.ROOT: in a Turkish locale "list" would become "LİST" and match nothing.
        return verb.toUpperCase(Locale.ROOT);
    }
}

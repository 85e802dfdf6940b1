package dev.ftpkit.protocol.codec;

import dev.ftpkit.protocol.command.Command;
import java.util.Locale;

/** Splits a command line into its verb and argument. Stateless and thread-safe. */
public final class CommandParser {

    private CommandParser() {
    }

    /**
     * Returns the command in {@code line}: the verb up to the first space, upper-cased, and
     * the argument after that one space, kept exactly as sent.
     *
     * <p>RFC 959 section 5.3.2 puts a single SP between verb and argument. Every byte after it
     * belongs to the argument, leading and trailing spaces included, because file names may
     * begin or end with spaces: "RETR  a" asks for the file " a", as vsftpd and pyftpdlib
     * read it too. "NOOP " has an empty argument. Spaces before the verb are skipped.
     *
     * @param line one line without its line ending, as {@link CommandLineDecoder} returns it
     */
    public static Command parse(String line) {
        int verbStart = skipSpaces(line, 0);
        int verbEnd = line.indexOf(' ', verbStart);
        if (verbEnd < 0) {
            return new Command(upperCase(line.substring(verbStart)), "");
        }
        return new Command(upperCase(line.substring(verbStart, verbEnd)),
                line.substring(verbEnd + 1));
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

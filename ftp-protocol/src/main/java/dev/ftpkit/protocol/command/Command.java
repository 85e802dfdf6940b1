package dev.ftpkit.protocol.command;

import java.util.Objects;
import java.util.Optional;

/**
 * One command line from a client: the verb as sent (upper-cased) and its argument, kept
 * exactly as sent, inner and trailing spaces included.
 *
 * @param verbText the verb in upper case, never null, possibly not a known {@link Verb}
 * @param argument the argument, empty when none was sent; never null
 */
public record Command(String verbText, String argument) {

    public Command {
        Objects.requireNonNull(verbText, "verbText");
        Objects.requireNonNull(argument, "argument");
    }

    /** Returns the catalog entry of this command's verb, or empty for an unknown verb. */
    public Optional<Verb> verb() {
        return Verb.lookup(verbText);
    }

    /**
     * Returns whether the argument holds NUL or another control character (below 0x20, or
     * DEL). Such a byte in a path is never a name a person meant; servers reply 501.
     */
    public boolean hasControlCharacters() {
        return argument.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
    }

    /**
     * Returns whether an argument was sent. Spaces alone do not count: clients such as
     * "NOOP " with a trailing space mean no argument, and no file is named only by spaces.
     */
    public boolean hasArgument() {
        return !argument.isBlank();
    }
}

package dev.ftpkit.protocol.diagnostics.transcript;

import dev.ftpkit.protocol.command.Command;
import dev.ftpkit.protocol.reply.Reply;
import java.util.List;
import java.util.Objects;

/**
 * One step of a control connection read from a transcript: a command the client sent, a
 * reply the server sent, or server output that is not a valid reply.
 *
 * <p>Every text an entry holds has passed through {@link Secrets#mask}: the argument of PASS
 * is never kept.
 */
public sealed interface TranscriptEntry {

    /** Returns the number of the input line the entry starts on, counting from 1. */
    int lineNumber();

    /** Returns which side sent the entry. */
    Direction direction();

    /** Returns the entry as one line a person reads, credentials masked. */
    String display();

    /**
     * A command the client sent.
     *
     * @param lineNumber the input line, from 1
     * @param command the command; the argument of PASS or ACCT is {@link Secrets#MASK}
     */
    record Sent(int lineNumber, Command command) implements TranscriptEntry {

        public Sent {
            Objects.requireNonNull(command, "command");
        }

        @Override
        public Direction direction() {
            return Direction.CLIENT_TO_SERVER;
        }

        @Override
        public String display() {
            return command.hasArgument()
                    ? command.verbText() + " " + command.argument() : command.verbText();
        }
    }

    /**
     * A complete reply, single- or multi-line.
     *
     * @param lineNumber the input line of the reply's first line, from 1
     * @param reply the reply
     */
    record Received(int lineNumber, Reply reply) implements TranscriptEntry {

        public Received {
            Objects.requireNonNull(reply, "reply");
        }

        @Override
        public Direction direction() {
            return Direction.SERVER_TO_CLIENT;
        }

        /** Returns the code and the first line of text, with "..." when more lines follow. */
        @Override
        public String display() {
            String first = reply.code() + " " + reply.lines().get(0);
            return reply.isMultiLine() ? first.stripTrailing() + " ..." : first;
        }
    }

    /**
     * A line from the server that cannot start a reply: no three-digit code, a code outside
     * 100-599, or a code not followed by a space or hyphen.
     *
     * @param lineNumber the input line, from 1
     * @param text the line, credentials masked
     * @param reason what is wrong with it, as a fragment such as "no 3-digit reply code"
     */
    record Malformed(int lineNumber, String text, String reason) implements TranscriptEntry {

        public Malformed {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public Direction direction() {
            return Direction.SERVER_TO_CLIENT;
        }

        @Override
        public String display() {
            return text;
        }
    }

    /**
     * A multi-line reply whose last line ("code text") never came: the client sent another
     * command first, or the transcript ended.
     *
     * @param lineNumber the input line of the reply's first line, from 1
     * @param code the code its first line announced
     * @param lines the text lines that did come, credentials masked
     */
    record Unfinished(int lineNumber, int code, List<String> lines) implements TranscriptEntry {

        public Unfinished {
            lines = List.copyOf(lines);
        }

        @Override
        public Direction direction() {
            return Direction.SERVER_TO_CLIENT;
        }

        @Override
        public String display() {
            return code + "-" + (lines.isEmpty() ? "" : lines.get(0));
        }
    }
}

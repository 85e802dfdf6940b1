package dev.ftpkit.protocol.codec;

import dev.ftpkit.protocol.reply.Reply;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the bytes a client reads from the control connection into replies: a
 * {@link CommandLineDecoder} for the lines and a {@link ReplyDecoder} for the replies.
 *
 * <p>Lines end as the line decoder says (CRLF, or a bare LF or CR from sloppy servers), and
 * text is read as UTF-8, falling back to ISO-8859-1 per line.
 *
 * <p>Not thread-safe: one instance per control connection, fed in arrival order.
 */
public final class ReplyStreamDecoder {

    private final CommandLineDecoder lineDecoder;
    private final int maxLineLength;
    private final ReplyDecoder replyDecoder = new ReplyDecoder();

    /**
     * Creates a decoder that refuses reply lines longer than {@code maxLineLength} bytes.
     *
     * @throws IllegalArgumentException when {@code maxLineLength} is not positive
     */
    public ReplyStreamDecoder(int maxLineLength) {
        this.lineDecoder = new CommandLineDecoder(maxLineLength);
        this.maxLineLength = maxLineLength;
    }

    /**
     * Consumes every remaining byte of {@code input} and returns the replies it completed,
     * in order.
     *
     * @throws MalformedReplyException when a line is not part of a valid reply, or is longer
     *     than the limit; the connection should then be closed
     */
    public List<Reply> decode(ByteBuffer input) {
        List<Reply> replies = new ArrayList<>(1);
        for (DecodedLine decoded : lineDecoder.decode(input)) {
            if (decoded instanceof DecodedLine.Oversized oversized) {
                throw new MalformedReplyException("(" + oversized.length() + " bytes not shown)",
                        "reply line longer than " + maxLineLength + " bytes");
            }
            replyDecoder.accept(((DecodedLine.Line) decoded).text()).ifPresent(replies::add);
        }
        return replies;
    }

    /** Returns whether part of a reply has been read and the rest is still to come. */
    public boolean inProgress() {
        return replyDecoder.inProgress() || lineDecoder.hasPartialLine();
    }
}

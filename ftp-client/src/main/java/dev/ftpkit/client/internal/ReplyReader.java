package dev.ftpkit.client.internal;

import dev.ftpkit.protocol.codec.MalformedReplyException;
import dev.ftpkit.protocol.codec.ReplyDecoder;
import dev.ftpkit.protocol.reply.Reply;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads replies from a control connection's input: lines up to LF (a CR before it is
 * dropped), decoded in the session's charset, assembled by the protocol's
 * {@link ReplyDecoder}.
 */
public final class ReplyReader {

    /** Longer than any sane reply line; MLST fact lines with long paths stay well under it. */
    static final int MAX_LINE_BYTES = 16 * 1024;
    /**
     * Bounds a whole multi-line reply, which a hostile server could send without ever
     * ending it. A STAT of a directory with tens of thousands of entries still fits.
     */
    static final int MAX_REPLY_BYTES = 4 * 1024 * 1024;

    private final InputStream in;
    private final ReplyDecoder decoder = new ReplyDecoder();
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(128);

    /** Creates a reader of {@code in}, which it buffers itself. */
    public ReplyReader(InputStream in) {
        this.in = new BufferedInputStream(in, 4096);
    }

    /**
     * Reads lines until a reply is complete and returns it.
     *
     * @throws ClosedByServer when the input ends first
     * @throws java.net.SocketTimeoutException when the socket's read timeout passes
     * @throws IOException when a line or the whole reply is too long, or a line breaks the
     *     reply format
     */
    public Reply read(Charset charset) throws IOException {
        long replyBytes = 0;
        while (true) {
            String text = readLine(charset);
            replyBytes += line.size() + 1;
            if (replyBytes > MAX_REPLY_BYTES) {
                throw new IOException("reply longer than " + MAX_REPLY_BYTES
                        + " bytes without its last line; the server never ends it");
            }
            try {
                Optional<Reply> reply = decoder.accept(text);
                if (reply.isPresent()) {
                    return reply.get();
                }
            } catch (MalformedReplyException e) {
                throw new IOException("malformed reply: " + e.getMessage(), e);
            }
        }
    }

    private String readLine(Charset charset) throws IOException {
        line.reset();
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new ClosedByServer();
            }
            if (b == '\n') {
                return decode(line.toByteArray(), charset);
            }
            if (line.size() >= MAX_LINE_BYTES) {
                throw new IOException("reply line longer than " + MAX_LINE_BYTES + " bytes");
            }
            line.write(b);
        }
    }

    private static String decode(byte[] bytes, Charset charset) {
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r'
                ? bytes.length - 1 : bytes.length;
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length))
                    .toString();
        } catch (CharacterCodingException e) {
            // A server that announced UTF8 may still send a legacy name; keep every byte as
            // one char rather than failing the whole reply.
            return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
        }
    }

    /** The server closed the control connection before a reply was complete. */
    public static final class ClosedByServer extends IOException {

        private static final long serialVersionUID = 1L;

        ClosedByServer() {
            super("end of stream");
        }
    }
}

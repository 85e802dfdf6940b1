package dev.ftpkit.protocol.codec;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits the bytes of a control connection into command lines.
 *
 * <p>A line ends with CRLF or with a bare LF (sent by some scripts and old clients). Telnet
 * IAC sequences (RFC 854), which clients send around ABOR, are removed. A line longer than
 * the limit is discarded up to its end and reported as {@link DecodedLine.Oversized}.
 *
 * <p>Not thread-safe: one instance per connection, fed in arrival order.
 */
public final class CommandLineDecoder {

    private static final int IAC = 0xff;
    private static final int SB = 0xfa;
    private static final int SE = 0xf0;
    private static final int WILL = 0xfb;
    private static final int DONT = 0xfe;

    private final int maxLineLength;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private TelnetState telnet = TelnetState.DATA;
    private long discarded = -1;

    /**
     * Creates a decoder that refuses lines longer than {@code maxLineLength} bytes,
     * line ending excluded.
     */
    public CommandLineDecoder(int maxLineLength) {
        if (maxLineLength < 1) {
            throw new IllegalArgumentException("maxLineLength must be positive: " + maxLineLength);
        }
        this.maxLineLength = maxLineLength;
    }

    /** Consumes every remaining byte of {@code input} and returns the lines it completed. */
    public List<DecodedLine> decode(ByteBuffer input) {
        List<DecodedLine> out = new ArrayList<>(2);
        while (input.hasRemaining()) {
            int b = input.get() & 0xff;
            if (filterTelnet(b)) {
                accept(b, out);
            }
        }
        return out;
    }

    /** Returns whether a partial line is buffered, which a closing connection abandons. */
    public boolean hasPartialLine() {
        return line.size() > 0 || discarded > 0;
    }

    private boolean filterTelnet(int b) {
        switch (telnet) {
            case DATA:
                if (b == IAC) {
                    telnet = TelnetState.IAC;
                    return false;
                }
                return true;
            case IAC:
                if (b == IAC) {
                    telnet = TelnetState.DATA;
                    return true; // IAC IAC is an escaped 0xff data byte
                }
                telnet = b == SB ? TelnetState.SUBNEGOTIATION
                        : b >= WILL && b <= DONT ? TelnetState.OPTION : TelnetState.DATA;
                return false;
            case OPTION:
                telnet = TelnetState.DATA;
                return false;
            case SUBNEGOTIATION:
                if (b == IAC) {
                    telnet = TelnetState.SUBNEGOTIATION_IAC;
                }
                return false;
            case SUBNEGOTIATION_IAC:
                telnet = b == SE ? TelnetState.DATA : TelnetState.SUBNEGOTIATION;
                return false;
            default:
                throw new IllegalStateException("unknown telnet state " + telnet);
        }
    }

    private void accept(int b, List<DecodedLine> out) {
        if (b == '\n') {
            out.add(finishLine());
            return;
        }
        if (discarded >= 0) {
            discarded++;
            return;
        }
        line.write(b);
        if (line.size() > maxLineLength + 1) {
            // +1 leaves room for the CR of a CRLF that arrives at the limit.
            discarded = line.size();
            line.reset();
        }
    }

    private DecodedLine finishLine() {
        if (discarded >= 0) {
            long length = discarded;
            discarded = -1;
            return new DecodedLine.Oversized(length);
        }
        byte[] bytes = line.toByteArray();
        line.reset();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r'
                ? bytes.length - 1 : bytes.length;
        if (length > maxLineLength) {
            return new DecodedLine.Oversized(length);
        }
        return new DecodedLine.Line(decodeText(bytes, length));
    }

    private static String decodeText(byte[] bytes, int length) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length))
                    .toString();
        } catch (CharacterCodingException e) {
            // Clients that predate RFC 2640 send names in a legacy 8-bit code page; keep
            // every byte as one char so the name round-trips instead of failing.
            return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
        }
    }

    private enum TelnetState { DATA, IAC, OPTION, SUBNEGOTIATION, SUBNEGOTIATION_IAC }
}

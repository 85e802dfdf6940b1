package dev.ftpkit.protocol.codec;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits the bytes of a control connection into lines: commands on a server, replies on a
 * client (see {@link ReplyStreamDecoder}).
 *
 * <p>A line ends with CRLF, with a bare LF (sent by some scripts and old clients), or with a
 * bare CR. A CR never belongs to a line: RFC 959 section 5.3.2 excludes CR and LF from
 * every argument, and ending the line at the CR itself means a command is acted on even
 * when its LF never comes. That happens: Python's ftplib sends "ABOR\r\n" as TCP urgent
 * data, and a receiver without SO_OOBINLINE loses the last urgent byte, the LF. The LF or
 * NUL (Telnet's CR NUL) right after a CR is dropped, even when it arrives in a later buffer.
 *
 * <p>Telnet IAC sequences (RFC 854), which clients send around ABOR, are removed; IAC IAC
 * stands for one 0xFF data byte. An IAC followed by a byte that is no Telnet command is a
 * stray: BSD-style clients send "IAC IP IAC" in band and the DM as urgent data, which the
 * receiver may never see, so the IAC is dropped and the byte after it kept.
 *
 * <p>A line longer than the limit is discarded up to its end and reported as
 * {@link DecodedLine.Oversized}; the next line is decoded normally. Bytes are decoded only
 * when the line is complete, so a UTF-8 character split across two buffers is read whole.
 *
 * <p>Not thread-safe: one instance per connection, fed in arrival order.
 */
public final class CommandLineDecoder {

    private static final int IAC = 0xff;
    private static final int SB = 0xfa;
    private static final int SE = 0xf0;
    private static final int WILL = 0xfb;
    private static final int DONT = 0xfe;
    private static final int CR = '\r';
    private static final int LF = '\n';
    private static final int NUL = 0;

    private final int maxLineLength;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);

    // A plain growing array rather than a ByteArrayOutputStream, whose methods synchronize:
    // this is the per-byte path of every command (see CommandDecodingBenchmark).
    private byte[] line = new byte[64];
    private int length;
    private boolean ascii = true;
    private TelnetState telnet = TelnetState.DATA;
    private long discarded = -1;
    private boolean afterCarriageReturn;

    /**
     * Creates a decoder that refuses lines longer than {@code maxLineLength} bytes, line
     * ending excluded.
     *
     * @throws IllegalArgumentException when {@code maxLineLength} is not positive
     */
    public CommandLineDecoder(int maxLineLength) {
        if (maxLineLength < 1) {
            throw new IllegalArgumentException("maxLineLength must be positive: " + maxLineLength);
        }
        this.maxLineLength = maxLineLength;
    }

    /**
     * Consumes every remaining byte of {@code input} and returns the lines it completed, in
     * order; an empty list when the input ended inside a line.
     */
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
        return length > 0 || discarded >= 0;
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
                telnet = TelnetState.DATA;
                if (b == IAC || b < SE) {
                    return true; // IAC IAC is an escaped 0xFF; below SE the IAC was a stray
                }
                if (b == SB) {
                    telnet = TelnetState.SUBNEGOTIATION;
                } else if (b >= WILL && b <= DONT) {
                    telnet = TelnetState.OPTION;
                }
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
        boolean ending = afterCarriageReturn && (b == LF || b == NUL);
        afterCarriageReturn = b == CR;
        if (ending) {
            return; // the second byte of CRLF or CR NUL; the CR already ended the line
        }
        if (b == CR || b == LF) {
            out.add(finishLine());
            return;
        }
        if (discarded >= 0) {
            discarded++;
            return;
        }
        if (length == maxLineLength) {
            discarded = length + 1L;
            clearLine();
            return;
        }
        if (length == line.length) {
            line = Arrays.copyOf(line, Math.min(maxLineLength, length * 2));
        }
        line[length++] = (byte) b;
        ascii &= b < 0x80;
    }

    private DecodedLine finishLine() {
        if (discarded >= 0) {
            long length = discarded;
            discarded = -1;
            return new DecodedLine.Oversized(length);
        }
        String text = decodeText();
        clearLine();
        return new DecodedLine.Line(text);
    }

    private void clearLine() {
        length = 0;
        ascii = true;
    }

    private String decodeText() {
        if (ascii) {
            // Most commands are pure ASCII, where every byte is its own char.
            return new String(line, 0, length, StandardCharsets.ISO_8859_1);
        }
        try {
            return utf8.reset().decode(ByteBuffer.wrap(line, 0, length)).toString();
        } catch (CharacterCodingException e) {
            // Clients that predate RFC 2640 send names in a legacy 8-bit code page; keep
            // every byte as one char so the name round-trips instead of failing.
            return new String(line, 0, length, StandardCharsets.ISO_8859_1);
        }
    }

    private enum TelnetState { DATA, IAC, OPTION, SUBNEGOTIATION, SUBNEGOTIATION_IAC }
}

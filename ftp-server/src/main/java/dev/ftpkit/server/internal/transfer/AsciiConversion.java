package dev.ftpkit.server.internal.transfer;

import io.netty.buffer.ByteBuf;

/**
 * Converts line ends for TYPE A (RFC 959 3.1.1.1): LF on this server's disk, CRLF on the
 * wire. One instance per direction of one transfer, since a CR can end one buffer and its LF
 * start the next.
 */
public final class AsciiConversion {

    private static final byte CR = '\r';
    private static final byte LF = '\n';

    private boolean lastWasCr;
    private boolean heldCr;

    /**
     * Writes {@code in} to {@code out} with every LF that is not already after a CR turned
     * into CRLF, so a file that already has CRLF ends is sent unchanged.
     */
    public void toNetwork(ByteBuf in, ByteBuf out) {
        while (in.isReadable()) {
            byte b = in.readByte();
            if (b == LF && !lastWasCr) {
                out.writeByte(CR);
            }
            out.writeByte(b);
            lastWasCr = b == CR;
        }
    }

    /**
     * Writes {@code in} to {@code out} with every CRLF turned into LF. A CR at the end of
     * {@code in} is held until the next call shows what follows it.
     */
    public void fromNetwork(ByteBuf in, ByteBuf out) {
        while (in.isReadable()) {
            byte b = in.readByte();
            if (heldCr) {
                heldCr = false;
                if (b != LF) {
                    out.writeByte(CR);
                }
            }
            if (b == CR) {
                heldCr = true;
            } else {
                out.writeByte(b);
            }
        }
    }

    /** Returns the CR still held at the end of an upload, to be written as is, or nothing. */
    public int finishFromNetwork(ByteBuf out) {
        if (!heldCr) {
            return 0;
        }
        heldCr = false;
        out.writeByte(CR);
        return 1;
    }
}

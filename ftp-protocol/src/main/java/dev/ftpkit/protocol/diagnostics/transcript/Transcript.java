package dev.ftpkit.protocol.diagnostics.transcript;

import java.util.List;
import java.util.Objects;

/**
 * A parsed transcript: the format it was read as and its entries in input order.
 *
 * @param format the format the parser read
 * @param entries the commands and replies, credentials masked; empty when the input held no
 *     FTP traffic in that format
 */
public record Transcript(TranscriptFormat format, List<TranscriptEntry> entries) {

    public Transcript {
        Objects.requireNonNull(format, "format");
        entries = List.copyOf(entries);
    }
}

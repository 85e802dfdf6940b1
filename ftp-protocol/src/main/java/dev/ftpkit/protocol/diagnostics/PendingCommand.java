package dev.ftpkit.protocol.diagnostics;

import dev.ftpkit.protocol.command.Verb;
import dev.ftpkit.protocol.diagnostics.transcript.TranscriptEntry;
import java.util.Optional;

/** A command the checker has seen and whose final reply it still waits for. */
final class PendingCommand {

    final TranscriptEntry.Sent entry;
    final Optional<Verb> verb;
    boolean refusedForSequence;
    TranscriptEntry.Received preliminary;

    PendingCommand(TranscriptEntry.Sent entry) {
        this.entry = entry;
        this.verb = entry.command().verb();
    }

    boolean isTransfer() {
        return verb.map(Verb::requiresDataConnection).orElse(false);
    }

    /**
     * Returns whether {@code code} can be this command's final reply. A transfer ends with
     * 226 or 250 (RFC 959 section 5.4) or a failure; any other 2yz belongs to a later command.
     */
    boolean acceptsFinal(int code) {
        return !isTransfer() || code >= 400 || code == 226 || code == 250;
    }

    /**
     * Returns whether RFC 959 section 5.4 lets this command have a 1yz reply: the transfers,
     * and REIN (120). An unknown verb gets the benefit of the doubt.
     */
    boolean mayHavePreliminary() {
        return verb.map(v -> v.requiresDataConnection() || v == Verb.REIN).orElse(true);
    }
}

package dev.ftpkit.protocol.diagnostics.transcript;

/**
 * Thrown when the input is in none of the {@link TranscriptFormat}s: no line of it reads as
 * a command or a reply.
 */
public final class UnrecognisedTranscriptException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Creates the exception; {@code message} says what was read, without any credential. */
    public UnrecognisedTranscriptException(String message) {
        super(message);
    }
}

package dev.ftpkit.protocol.diagnostics;

/** What a finding is about. */
public enum FindingKind {
    /** A command sent when a sequencing rule forbids it. */
    SEQUENCE,
    /** A reply that contradicts the RFC: success after failure, a 1yz where none may come. */
    CONTRADICTION,
    /** A transfer whose 1yz reply was never followed by a final reply. */
    UNFINISHED_TRANSFER,
    /** A line from the server that is no valid reply. */
    MALFORMED_REPLY,
    /** A multi-line reply whose last line never came. */
    UNFINISHED_REPLY,
    /** A reply that answers no command. */
    UNSOLICITED_REPLY,
    /** A 4yz or 5yz reply, explained. */
    NEGATIVE_REPLY,
    /** Something about the transcript itself, such as a missing greeting. */
    TRANSCRIPT
}

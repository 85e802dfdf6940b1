package dev.ftpkit.protocol.sequence;

/** Where the control connection stands on TLS (RFC 2228, RFC 4217). */
public enum SecurityPhase {
    /** Clear text: no AUTH yet, or CCC returned the control connection to clear text. */
    PLAIN,
    /** AUTH TLS was answered 234 and the handshake followed; PBSZ comes next. */
    TLS,
    /** PBSZ was answered 200 under TLS; PROT may follow. */
    TLS_BUFFER_SET
}

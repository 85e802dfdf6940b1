package dev.ftpkit.client.probe;

/** What one probe check concluded about the server. */
public enum CheckVerdict {
    /** The server answered as the RFC and ftpkit's sequencing rules expect. */
    PASS,
    /**
     * The RFC allows the answer but discourages it, or servers disagree and clients must
     * cope with both; the check's notes say how other servers answer.
     */
    WARN,
    /** The server broke the RFC: a client that follows it will fail here. */
    FAIL,
    /** The server does not offer the feature, or the check needs {@code --write}. */
    SKIP
}

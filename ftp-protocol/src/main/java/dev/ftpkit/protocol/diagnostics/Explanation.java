package dev.ftpkit.protocol.diagnostics;

/**
 * What ftpkit knows about one reply code or one verb, gathered from the reply catalog, the
 * verb catalog, the sequencing rules and the server quirks. Get one from
 * {@link Explanations}.
 */
public sealed interface Explanation permits ReplyExplanation, VerbExplanation {

    /** Returns what is explained, as the user typed it: "503" or "RNTO". */
    String subject();

    /** Returns a one-line summary: the code's meaning, or what the verb does. */
    String summary();
}

package dev.ftpkit.protocol.diagnostics;

import java.util.List;
import java.util.Objects;

/**
 * One thing the sequence checker found in a transcript. Texts never hold a password.
 *
 * @param severity how much it matters
 * @param kind what it is about
 * @param lineNumber the input line it concerns, from 1
 * @param command the command involved, as sent (PASS masked), or "" when none
 * @param reply the reply involved, its code and first line, or "" when none
 * @param message what happened, in one or two sentences
 * @param rule the rule or RFC statement that applies, or "" when none
 * @param fix what to do about it
 * @param serverDifferences how real servers answer the same case, one per server; empty
 *     when they agree or nothing is known
 */
public record Finding(Severity severity, FindingKind kind, int lineNumber, String command,
        String reply, String message, String rule, String fix, List<String> serverDifferences) {

    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(fix, "fix");
        serverDifferences = List.copyOf(serverDifferences);
    }

    /** Returns whether this is an ERROR or a WARNING, the findings that fail a lint. */
    public boolean isProblem() {
        return severity != Severity.INFO;
    }
}

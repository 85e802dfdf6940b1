package dev.ftpkit.protocol.sequence;

import static dev.ftpkit.protocol.sequence.Precondition.DATA_CONNECTION_PREPARED;
import static dev.ftpkit.protocol.sequence.Precondition.LOGGED_IN;
import static dev.ftpkit.protocol.sequence.Precondition.NO_RESTART_PENDING;
import static dev.ftpkit.protocol.sequence.Precondition.PROTECTION_BUFFER_SET;
import static dev.ftpkit.protocol.sequence.Precondition.RENAME_PENDING;
import static dev.ftpkit.protocol.sequence.Precondition.TLS_NEGOTIATED;
import static dev.ftpkit.protocol.sequence.Precondition.USER_ACCEPTED;

import dev.ftpkit.protocol.command.Verb;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The sequencing rules of FTP as one table, read by the server (which enforces them), the
 * client (which never breaks them) and the CLI (which explains them).
 *
 * <p>Rows are checked in order and the first broken one decides the reply, so the login
 * rule comes first: before login a server owes 530 whatever else is wrong.
 */
public final class SequencingRules {

    /** Every rule, in the order they are checked. */
    public static final List<SequencingRule> RULES = List.of(
            new SequencingRule(verbsWhere(Verb::requiresLogin), LOGGED_IN, 530,
                    "Please log in with USER and PASS first",
                    "Log in with USER and then PASS before this command"),
            new SequencingRule(Set.of(Verb.PASS), USER_ACCEPTED, 503,
                    "Login with USER first",
                    "Send USER <name>, wait for 331, then send PASS"),
            new SequencingRule(Set.of(Verb.RNTO), RENAME_PENDING, 503,
                    "RNFR required first",
                    "Send RNFR <old name>, wait for 350, then send RNTO <new name> at once"),
            new SequencingRule(verbsExcept(SessionState.KEEP_RESTART,
                    Set.of(Verb.RETR, Verb.STOR, Verb.APPE, Verb.ABOR, Verb.QUIT)),
                    NO_RESTART_PENDING, 503,
                    "REST must be followed by RETR, STOR or APPE",
                    "Send RETR, STOR or APPE right after REST (PASV, EPSV, PORT, EPRT or TYPE"
                            + " may come between); send REST 0 to cancel the offset"),
            new SequencingRule(verbsWhere(Verb::requiresDataConnection),
                    DATA_CONNECTION_PREPARED, 425,
                    "Use PORT, PASV, EPRT or EPSV first",
                    "Send EPSV or PASV (or PORT/EPRT for active mode) before each transfer"),
            new SequencingRule(Set.of(Verb.PBSZ), TLS_NEGOTIATED, 503,
                    "PBSZ requires AUTH TLS first",
                    "Send AUTH TLS and complete the handshake before PBSZ"),
            new SequencingRule(Set.of(Verb.PROT), PROTECTION_BUFFER_SET, 503,
                    "PROT requires PBSZ first",
                    "Send PBSZ 0 after AUTH TLS, then PROT"));

    private SequencingRules() {
    }

    /** Returns whether {@code verb} may be sent in {@code state}, or the rule it breaks. */
    public static Verdict check(SessionState state, Verb verb) {
        Verb canonical = verb.canonical();
        for (SequencingRule rule : RULES) {
            if (rule.appliesTo(canonical) && !rule.precondition().holds(state)) {
                return Verdict.refused(rule);
            }
        }
        return Verdict.allowed();
    }

    /** Returns the rules that govern {@code verb}, in checking order. */
    public static List<SequencingRule> rulesFor(Verb verb) {
        return RULES.stream().filter(rule -> rule.appliesTo(verb.canonical())).toList();
    }

    private static Set<Verb> verbsWhere(java.util.function.Predicate<Verb> test) {
        return Arrays.stream(Verb.values()).filter(test)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Verb.class)));
    }

    @SafeVarargs
    private static Set<Verb> verbsExcept(Set<Verb>... allowed) {
        Set<Verb> verbs = EnumSet.allOf(Verb.class);
        for (Set<Verb> set : allowed) {
            verbs.removeAll(set);
        }
        return verbs;
    }
}

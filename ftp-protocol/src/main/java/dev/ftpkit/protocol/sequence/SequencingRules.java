package dev.ftpkit.protocol.sequence;

import static dev.ftpkit.protocol.sequence.Precondition.BEFORE_USER;
import static dev.ftpkit.protocol.sequence.Precondition.DATA_CONNECTION_PREPARED;
import static dev.ftpkit.protocol.sequence.Precondition.LOGGED_IN;
import static dev.ftpkit.protocol.sequence.Precondition.NOT_EPSV_ONLY;
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
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The sequencing rules of FTP as one table, read by the server (which enforces them), the
 * client (which never breaks them) and the CLI (which explains them).
 *
 * <p>Rows are checked in order and the first broken one decides the reply, so the login
 * rule comes first: before login a server owes 530 whatever else is wrong. Aliases such as
 * XCWD are checked as their canonical verb.
 *
 * <p>Two choices differ between real servers, and the table takes the common one: a
 * transfer without PASV, EPSV, PORT or EPRT gets 425 (vsftpd, ProFTPD) rather than 503, and
 * commands other than a transfer after REST are refused with 503 rather than silently
 * dropping the offset. RFC 959's default data port (no PORT at all) is not supported: no
 * current client relies on it, and a server that connects back unasked is a hazard.
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
            new SequencingRule(restartBlockedVerbs(), NO_RESTART_PENDING, 503,
                    "REST must be followed by RETR, STOR or APPE",
                    "Send RETR, STOR or APPE right after REST (PASV, EPSV, PORT, EPRT, TYPE,"
                            + " MODE, STRU or NOOP may come between); ABOR drops the offset"),
            new SequencingRule(verbsWhere(Verb::requiresDataConnection),
                    DATA_CONNECTION_PREPARED, 425,
                    "Use PORT, PASV, EPRT or EPSV first",
                    "Send EPSV or PASV (or PORT/EPRT for active mode) before each transfer"),
            new SequencingRule(Set.of(Verb.PBSZ), TLS_NEGOTIATED, 503,
                    "PBSZ requires AUTH TLS first",
                    "Send AUTH TLS and complete the handshake before PBSZ"),
            new SequencingRule(Set.of(Verb.PROT), PROTECTION_BUFFER_SET, 503,
                    "PROT requires PBSZ first",
                    "Send PBSZ 0 after AUTH TLS, then PROT"),
            // RFC 4217 section 5: CCC on a control connection that TLS does not protect
            new SequencingRule(Set.of(Verb.CCC), TLS_NEGOTIATED, 533,
                    "CCC requires a TLS-protected control connection",
                    "Send AUTH TLS and complete the handshake before CCC"),
            // RFC 2428 section 4: after EPSV ALL the server refuses every other way of
            // setting up a data connection. The RFC names no code; 503 says the command is
            // out of sequence, which is what it has become (pyftpdlib sends 501).
            new SequencingRule(Set.of(Verb.PASV, Verb.PORT, Verb.EPRT, Verb.LPSV, Verb.LPRT),
                    NOT_EPSV_ONLY, 503,
                    "Only EPSV is allowed after EPSV ALL",
                    "Use EPSV for every transfer once EPSV ALL was sent, or reconnect"),
            // RFC 7151 section 3: HOST names the virtual host before anyone logs in to it
            new SequencingRule(Set.of(Verb.HOST), BEFORE_USER, 503,
                    "HOST must come before USER",
                    "Send HOST right after the greeting (after AUTH TLS if used), before USER"));

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

    /**
     * Returns what {@code verb} accepted with {@code replyCode} in {@code before} changes for
     * the commands after it, derived from {@link #RULES} and {@link SessionState#next}.
     */
    public static Successors successors(SessionState before, Verb verb, int replyCode) {
        return Successors.derive(before, verb, replyCode);
    }

    /**
     * Returns what {@code verb} changes for the commands after it, in the typical case: sent
     * in the first state, from a fresh greeting, in which the rules allow it, and accepted
     * with its {@link Verb#positiveReply()}. This answers "what may follow RNFR?".
     */
    public static Successors successors(Verb verb) {
        SessionState before = SessionStates.firstStateAllowing(verb);
        return Successors.derive(before, verb, verb.positiveReply());
    }

    /**
     * Returns a shortest list of commands that, each accepted with its positive reply, lead
     * from a fresh greeting to a state in which {@code verb} is allowed: [USER, PASS, RNFR]
     * for RNTO, an empty list for USER.
     */
    public static List<Verb> pathTo(Verb verb) {
        return SessionStates.shortestPathTo(verb);
    }

    private static Set<Verb> verbsWhere(Predicate<Verb> test) {
        return Arrays.stream(Verb.values()).filter(test)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Verb.class)));
    }

    /**
     * The verbs a pending REST offset refuses: all but the transfers that use it, the
     * commands that may come between ({@link SessionState#KEEP_RESTART}), and those that end
     * or reset the session.
     */
    private static Set<Verb> restartBlockedVerbs() {
        Set<Verb> verbs = EnumSet.allOf(Verb.class);
        verbs.removeAll(SessionState.KEEP_RESTART);
        verbs.removeAll(Set.of(Verb.RETR, Verb.STOR, Verb.APPE));
        verbs.removeAll(Set.of(Verb.ABOR, Verb.QUIT, Verb.REIN, Verb.USER));
        return verbs;
    }
}

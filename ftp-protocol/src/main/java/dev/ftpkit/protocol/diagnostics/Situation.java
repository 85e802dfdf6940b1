package dev.ftpkit.protocol.diagnostics;

import dev.ftpkit.protocol.command.Verb;
import dev.ftpkit.protocol.sequence.Precondition;
import dev.ftpkit.protocol.sequence.SequencingRule;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * An out-of-order case, tied to the sequencing rule it breaks (by the rule's precondition
 * and, where one precondition serves several rules, by verb). The rules say what the RFC
 * requires; a situation is the key under which {@link ServerQuirks} says what real servers
 * do.
 */
public enum Situation {
    /** A command that needs a login, sent before one. */
    BEFORE_LOGIN(Precondition.LOGGED_IN, null, "a command that needs a login sent before it"),
    /** PASS with no USER answered 331 just before. */
    PASS_WITHOUT_USER(Precondition.USER_ACCEPTED, Verb.PASS, "PASS sent before USER"),
    /** PASS again once the login has finished: the same rule, another mistake. */
    PASS_AFTER_LOGIN(Precondition.USER_ACCEPTED, Verb.PASS,
            "PASS sent again after the login finished"),
    /** RNTO with no RNFR at all. */
    RNTO_WITHOUT_RNFR(Precondition.RENAME_PENDING, Verb.RNTO, "RNTO sent without RNFR"),
    /** RNTO after an accepted RNFR, but with other commands in between. */
    COMMAND_BETWEEN_RNFR_AND_RNTO(Precondition.RENAME_PENDING, Verb.RNTO,
            "another command sent between RNFR and RNTO"),
    /** REST answered 350, then a command other than a transfer or its set-up. */
    COMMAND_BETWEEN_REST_AND_TRANSFER(Precondition.NO_RESTART_PENDING, null,
            "REST followed by a command other than RETR, STOR or APPE"),
    /** A transfer with no PASV, EPSV, PORT or EPRT before it. */
    TRANSFER_WITHOUT_DATA_CONNECTION(Precondition.DATA_CONNECTION_PREPARED, null,
            "a transfer sent without PASV, EPSV, PORT or EPRT first"),
    /** PBSZ before AUTH TLS succeeded. */
    PBSZ_WITHOUT_AUTH(Precondition.TLS_NEGOTIATED, Verb.PBSZ, "PBSZ sent before AUTH TLS"),
    /** PROT before PBSZ. */
    PROT_WITHOUT_PBSZ(Precondition.PROTECTION_BUFFER_SET, Verb.PROT, "PROT sent before PBSZ"),
    /** CCC on a control connection that TLS does not protect. */
    CCC_WITHOUT_TLS(Precondition.TLS_NEGOTIATED, Verb.CCC, "CCC sent without AUTH TLS"),
    /** HOST after a user was named. */
    HOST_AFTER_USER(Precondition.BEFORE_USER, Verb.HOST, "HOST sent after USER");

    private final Precondition precondition;
    private final Verb verb;
    private final String description;

    Situation(Precondition precondition, Verb verb, String description) {
        this.precondition = precondition;
        this.verb = verb;
        this.description = description;
    }

    /** Returns the precondition of the sequencing rule this case breaks. */
    public Precondition precondition() {
        return precondition;
    }

    /** Returns the case in words, such as "PASS sent before USER". */
    public String description() {
        return description;
    }

    /** Returns the cases in which {@code rule} is broken, in declaration order. */
    public static List<Situation> of(SequencingRule rule) {
        return Arrays.stream(values())
                .filter(s -> s.precondition == rule.precondition())
                .filter(s -> s.verb == null || rule.appliesTo(s.verb))
                .toList();
    }

    /**
     * Returns the case in which {@code verb} breaks {@code rule}: for RNTO, whether an RNFR
     * was accepted earlier with other commands since ({@code renameInterrupted}); for PASS,
     * whether the session was already logged in ({@code loggedIn}).
     */
    public static Optional<Situation> of(SequencingRule rule, Verb verb,
            boolean renameInterrupted, boolean loggedIn) {
        if (verb == Verb.PASS && rule.precondition() == Precondition.USER_ACCEPTED) {
            return Optional.of(loggedIn ? PASS_AFTER_LOGIN : PASS_WITHOUT_USER);
        }
        if (verb == Verb.RNTO && rule.precondition() == Precondition.RENAME_PENDING) {
            return Optional.of(renameInterrupted ? COMMAND_BETWEEN_RNFR_AND_RNTO
                    : RNTO_WITHOUT_RNFR);
        }
        return of(rule).stream().filter(s -> s.verb == null || s.verb == verb.canonical())
                .findFirst();
    }
}

package dev.ftpkit.protocol.sequence;

import java.util.function.Predicate;

/** A fact about the session that a sequencing rule requires before a command. */
public enum Precondition {
    /** PASS (or USER, or ACCT) was answered 230, 232 or 202. */
    LOGGED_IN("a successful login", SessionState::loggedIn),
    /** The reply just before was USER's 331 (or 332). */
    USER_ACCEPTED("USER answered 331 just before",
            state -> state.login() == LoginPhase.USER_GIVEN),
    /** The reply just before was RNFR's 350. */
    RENAME_PENDING("RNFR answered 350 just before", SessionState::renamePending),
    /** A passive or active data connection is set up and no transfer has used it. */
    DATA_CONNECTION_PREPARED("PASV, EPSV, PORT or EPRT accepted since the last transfer",
            SessionState::dataConnectionPrepared),
    /** No REST offset waits for the transfer that would use it. */
    NO_RESTART_PENDING("no REST offset waiting for its RETR, STOR or APPE",
            state -> !state.restartPending()),
    /** The control connection is protected: AUTH was answered 234 and CCC did not undo it. */
    TLS_NEGOTIATED("AUTH TLS answered 234",
            state -> state.security() != SecurityPhase.PLAIN),
    /** PBSZ was accepted on the protected control connection. */
    PROTECTION_BUFFER_SET("PBSZ answered 200 after AUTH TLS",
            state -> state.security() == SecurityPhase.TLS_BUFFER_SET),
    /** No user has been named or logged in yet (RFC 7151: HOST comes before USER). */
    BEFORE_USER("no USER sent yet",
            state -> state.login() == LoginPhase.CONNECTED
                    || state.login() == LoginPhase.GREETED),
    /** EPSV ALL has not been accepted, so PASV, PORT and EPRT still set up connections. */
    NOT_EPSV_ONLY("no EPSV ALL accepted earlier in the session", state -> !state.epsvOnly());

    private final String description;
    private final Predicate<SessionState> test;

    Precondition(String description, Predicate<SessionState> test) {
        this.description = description;
        this.test = test;
    }

    /** Returns whether the session meets this precondition. */
    public boolean holds(SessionState state) {
        return test.test(state);
    }

    /**
     * Returns what the precondition asks for, in words, such as "USER answered 331 just
     * before".
     */
    public String description() {
        return description;
    }
}

package dev.ftpkit.protocol.sequence;

import java.util.function.Predicate;

/** A fact about the session that a sequencing rule requires before a command. */
public enum Precondition {
    LOGGED_IN("a successful login", SessionState::loggedIn),
    USER_ACCEPTED("USER answered 331 just before",
            state -> state.login() == LoginPhase.USER_GIVEN),
    RENAME_PENDING("RNFR answered 350 just before", SessionState::renamePending),
    DATA_CONNECTION_PREPARED("PASV, EPSV, PORT or EPRT accepted since the last transfer",
            SessionState::dataConnectionPrepared),
    NO_RESTART_PENDING("no REST offset waiting for its RETR, STOR or APPE",
            state -> !state.restartPending()),
    TLS_NEGOTIATED("AUTH TLS answered 234",
            state -> state.security() != SecurityPhase.PLAIN),
    PROTECTION_BUFFER_SET("PBSZ answered 200 after AUTH TLS",
            state -> state.security() == SecurityPhase.TLS_BUFFER_SET);

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

    /** Returns what the precondition asks for, in words, such as "USER answered 331 just before". */
    public String description() {
        return description;
    }
}

package dev.ftpkit.protocol.sequence;

import dev.ftpkit.protocol.command.Verb;
import java.util.Set;

/**
 * The part of a session that decides which command may come next.
 *
 * <p>The same model serves a server (which moves it on the replies it sends), a client
 * (on the replies it reads) and a transcript checker. Values are immutable: {@link #next}
 * returns the state after one reply.
 *
 * @param login how far the login has come
 * @param renamePending RNFR was answered 350 by the reply just before
 * @param restartPending REST was answered 350 and no transfer has used the offset yet
 * @param dataConnectionPrepared PASV, EPSV, PORT or EPRT was accepted and no transfer has used it
 * @param security where the control connection stands on TLS
 */
public record SessionState(LoginPhase login, boolean renamePending, boolean restartPending,
        boolean dataConnectionPrepared, SecurityPhase security) {

    /**
     * Commands that may come between REST and its transfer without dropping the offset:
     * clients set up the data connection and type after REST as often as before it.
     */
    static final Set<Verb> KEEP_RESTART = Set.of(Verb.PASV, Verb.EPSV, Verb.PORT, Verb.EPRT,
            Verb.LPRT, Verb.LPSV, Verb.TYPE, Verb.MODE, Verb.STRU, Verb.NOOP, Verb.REST);

    /** Returns the state of a connection whose greeting has not arrived yet. */
    public static SessionState connected() {
        return new SessionState(LoginPhase.CONNECTED, false, false, false, SecurityPhase.PLAIN);
    }

    /** Returns the state after a 220 greeting: nothing done yet. */
    public static SessionState greeted() {
        return connected().withLogin(LoginPhase.GREETED);
    }

    /** Returns whether a user is logged in. */
    public boolean loggedIn() {
        return login == LoginPhase.LOGGED_IN;
    }

    /**
     * Returns the state after the server answered {@code verb} with {@code replyCode}.
     * Call it once per reply, preliminary (1yz) replies included.
     */
    public SessionState next(Verb verb, int replyCode) {
        if (replyCode < 200) {
            return this; // 1yz: the command is still running; its final reply decides
        }
        boolean accepted = replyCode < 400;
        boolean rename = verb == Verb.RNFR && replyCode == 350;
        boolean restart = verb == Verb.REST ? replyCode == 350
                : restartPending && KEEP_RESTART.contains(verb);
        boolean data = nextDataConnection(verb, replyCode, accepted);
        return new SessionState(nextLogin(verb, replyCode), rename, restart, data,
                nextSecurity(verb, replyCode));
    }

    private boolean nextDataConnection(Verb verb, int replyCode, boolean accepted) {
        if (verb.requiresDataConnection()) {
            return false; // a transfer uses up the data connection, whatever its outcome
        }
        return switch (verb) {
            case PASV -> replyCode == 227 || dataConnectionPrepared && !accepted;
            case EPSV -> replyCode == 229 || dataConnectionPrepared && !accepted;
            case LPSV -> replyCode == 228 || dataConnectionPrepared && !accepted;
            case PORT, EPRT, LPRT -> replyCode == 200 || dataConnectionPrepared && !accepted;
            case REIN, USER -> false;
            default -> dataConnectionPrepared;
        };
    }

    private LoginPhase nextLogin(Verb verb, int replyCode) {
        return switch (verb) {
            case USER -> replyCode == 331 || replyCode == 332 ? LoginPhase.USER_GIVEN
                    : replyCode == 230 ? LoginPhase.LOGGED_IN : LoginPhase.GREETED;
            case PASS -> replyCode == 230 || replyCode == 202 ? LoginPhase.LOGGED_IN
                    : replyCode == 332 ? LoginPhase.USER_GIVEN
                    : login == LoginPhase.LOGGED_IN ? LoginPhase.LOGGED_IN : LoginPhase.GREETED;
            case ACCT -> replyCode == 230 || replyCode == 202 ? LoginPhase.LOGGED_IN : login;
            case REIN -> replyCode == 220 ? LoginPhase.GREETED : login;
            default -> login == LoginPhase.CONNECTED ? LoginPhase.GREETED : login;
        };
    }

    private SecurityPhase nextSecurity(Verb verb, int replyCode) {
        return switch (verb) {
            case AUTH -> replyCode == 234 ? SecurityPhase.TLS : security;
            case PBSZ -> replyCode == 200 && security != SecurityPhase.PLAIN
                    ? SecurityPhase.TLS_BUFFER_SET : security;
            case CCC -> replyCode == 200 ? SecurityPhase.PLAIN : security;
            default -> security;
        };
    }

    /** Returns a copy with another login phase. */
    public SessionState withLogin(LoginPhase phase) {
        return new SessionState(phase, renamePending, restartPending, dataConnectionPrepared,
                security);
    }
}

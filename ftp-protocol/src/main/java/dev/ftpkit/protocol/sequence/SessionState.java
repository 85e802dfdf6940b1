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
 * @param epsvOnly EPSV ALL was accepted: only EPSV may set up data connections from now on
 *     (RFC 2428 section 4), until REIN or AUTH starts the session anew
 */
public record SessionState(LoginPhase login, boolean renamePending, boolean restartPending,
        boolean dataConnectionPrepared, SecurityPhase security, boolean epsvOnly) {

    /** Returns a state in which EPSV ALL has not been sent, as in most sessions. */
    public SessionState(LoginPhase login, boolean renamePending, boolean restartPending,
            boolean dataConnectionPrepared, SecurityPhase security) {
        this(login, renamePending, restartPending, dataConnectionPrepared, security, false);
    }

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

    /** Returns the state right after a clear-text login: nothing else done yet. */
    public static SessionState afterLogin() {
        return connected().withLogin(LoginPhase.LOGGED_IN);
    }

    /** Returns whether a user is logged in. */
    public boolean loggedIn() {
        return login == LoginPhase.LOGGED_IN;
    }

    /**
     * Returns the state after the server's greeting {@code replyCode}: 220 greets; 120 (ready
     * in a few minutes) and anything else leave the session waiting.
     */
    public SessionState afterGreeting(int replyCode) {
        return replyCode == 220 && login == LoginPhase.CONNECTED
                ? withLogin(LoginPhase.GREETED) : this;
    }

    /**
     * Returns the state after the server answered {@code verb} with {@code replyCode}.
     * Call it once per reply, preliminary (1yz) replies included; aliases such as XCWD
     * count as their {@link Verb#canonical()} verb.
     *
     * <p>Besides the login steps, the following reset the session: REIN answered 220
     * returns it to the greeted state, TLS included (RFC 4217 section 13); AUTH answered
     * 234 starts TLS and requires a new login (RFC 2228 section 3, RFC 4217 section 4).
     */
    public SessionState next(Verb verb, int replyCode) {
        Verb command = verb.canonical();
        if (replyCode < 200) {
            // 1yz: the command is still running. A transfer that has started has taken the
            // data connection and any REST offset, so ABOR and STAT sent during it are not
            // judged by them.
            return command.requiresDataConnection()
                    ? new SessionState(login, false, false, false, security, epsvOnly) : this;
        }
        if (command == Verb.REIN && replyCode == 220) {
            return greeted();
        }
        if (command == Verb.AUTH && replyCode == 234) {
            return new SessionState(LoginPhase.GREETED, false, false, false, SecurityPhase.TLS);
        }
        boolean rename = command == Verb.RNFR && replyCode == 350;
        boolean restart = command == Verb.REST ? replyCode == 350
                : restartPending && KEEP_RESTART.contains(command);
        // EPSV ALL is the only EPSV answered 200; a plain EPSV gets 229.
        boolean epsvAll = epsvOnly || command == Verb.EPSV && replyCode == 200;
        return new SessionState(nextLogin(command, replyCode), rename, restart,
                nextDataConnection(command, replyCode), nextSecurity(command, replyCode),
                epsvAll);
    }

    private boolean nextDataConnection(Verb command, int replyCode) {
        if (command.requiresDataConnection()) {
            return false; // a transfer uses up the data connection, whatever its outcome
        }
        return switch (command) {
            case PASV -> replyCode == 227; // each attempt replaces the data connection before
            case LPSV -> replyCode == 228;
            // EPSV ALL is answered 200: it sets a policy and leaves any data connection be
            case EPSV -> replyCode == 229 || replyCode == 200 && dataConnectionPrepared;
            case PORT, EPRT, LPRT -> replyCode == 200;
            case USER -> replyCode >= 400 && dataConnectionPrepared; // a new login starts anew
            case ABOR -> replyCode != 226 && dataConnectionPrepared; // 226: closed it
            default -> dataConnectionPrepared;
        };
    }

    private LoginPhase nextLogin(Verb command, int replyCode) {
        boolean loginAccepted = replyCode == 230 || replyCode == 232 || replyCode == 202;
        LoginPhase refused = loggedIn() ? LoginPhase.LOGGED_IN : LoginPhase.GREETED;
        return switch (command) {
            // 232: a TLS client certificate was enough, no PASS follows (RFC 4217 12.2)
            case USER -> replyCode == 331 || replyCode == 332 ? LoginPhase.USER_GIVEN
                    : replyCode == 230 || replyCode == 232 ? LoginPhase.LOGGED_IN : refused;
            case PASS -> loginAccepted ? LoginPhase.LOGGED_IN
                    : replyCode == 332 ? LoginPhase.USER_GIVEN : refused;
            // ACCT completes a login only while one waits for it (RFC 959 4.1.1); at any
            // other time it names an account for later commands and logs nobody in
            case ACCT -> replyCode == 230 || replyCode == 232
                    ? (login == LoginPhase.USER_GIVEN ? LoginPhase.LOGGED_IN : login) : login;
            // any answered command shows that the greeting is behind us
            default -> login == LoginPhase.CONNECTED ? LoginPhase.GREETED : login;
        };
    }

    private SecurityPhase nextSecurity(Verb command, int replyCode) {
        return switch (command) {
            case PBSZ -> replyCode == 200 && security != SecurityPhase.PLAIN
                    ? SecurityPhase.TLS_BUFFER_SET : security;
            case CCC -> replyCode == 200 ? SecurityPhase.PLAIN : security;
            default -> security;
        };
    }

    /** Returns a copy with another login phase. */
    public SessionState withLogin(LoginPhase phase) {
        return new SessionState(phase, renamePending, restartPending, dataConnectionPrepared,
                security, epsvOnly);
    }

    /** Returns a copy with another TLS phase. */
    public SessionState withSecurity(SecurityPhase phase) {
        return new SessionState(login, renamePending, restartPending, dataConnectionPrepared,
                phase, epsvOnly);
    }

    /** Returns a copy in which a data connection is, or is not, prepared. */
    public SessionState withDataConnectionPrepared(boolean prepared) {
        return new SessionState(login, renamePending, restartPending, prepared, security,
                epsvOnly);
    }
}

package dev.ftpkit.server.internal.command;

import dev.ftpkit.server.FtpServerConfig;
import dev.ftpkit.server.auth.UserAccount;
import dev.ftpkit.server.internal.session.FtpSession;
import dev.ftpkit.server.internal.session.RunningCommand;
import dev.ftpkit.server.internal.storage.StorageFailure;
import dev.ftpkit.server.internal.storage.UserFileSystem;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * USER, PASS and ACCT (RFC 959 4.1.1). Passwords are checked on the server's login threads,
 * since a good hash is slow on purpose, and never on the file executors, which every
 * session's transfers need. When too many logins are in progress, PASS gets 421 and the
 * connection closes. A wrong password is answered 530 only after a pause, and the session is
 * closed with 421 after too many, to slow down guessing.
 */
final class LoginHandler implements CommandHandler {

    private static final Logger log = LoggerFactory.getLogger(LoginHandler.class);

    private static final UserAccount ANONYMOUS = new UserAccount("anonymous", Path.of(""), false);

    @Override
    public void handle(RunningCommand command) {
        switch (command.verb().orElseThrow()) {
            case USER -> user(command);
            case PASS -> pass(command);
            case ACCT -> account(command);
            default -> throw new IllegalArgumentException("not a login verb: " + command);
        }
    }

    private static void user(RunningCommand command) {
        FtpSession session = command.session();
        String name = command.argument();
        session.pendingUserName(name);
        // A USER while logged in starts a new login: the 331 moves the session state back
        // and the session drops the old user with it.
        if (isAnonymous(name) && session.config().anonymous()) {
            command.reply(331, "Anonymous login okay; send your e-mail address as password");
        } else {
            command.reply(331, "Password required for " + name);
        }
    }

    private static void pass(RunningCommand command) {
        FtpSession session = command.session();
        FtpServerConfig config = session.config();
        String name = session.pendingUserName().orElseThrow();
        String password = command.argument();
        if (isAnonymous(name) && config.anonymous()) {
            // No password to check: only the home is opened, which is file work.
            session.offload(() -> Optional.of(open(session, ANONYMOUS)),
                    (login, failure) -> finish(command, name, true, login, failure));
            return;
        }

        boolean accepted = session.offloadLogin(() -> {
            Optional<UserAccount> account = config.users().authenticate(name, password);
            return account.isEmpty() ? Optional.<Login>empty()
                    : Optional.of(open(session, account.get()));
        }, (login, failure) -> finish(command, name, false, login, failure));
        if (!accepted) {
            log.warn("{} login of user {} from {} refused: {} logins already in progress;"
                    + " if this is no flood, raise maxLoginsInProgress", session.id(),
                    session.userForLog(), session.remoteAddress(), config.maxLoginsInProgress());
            command.reply(421, "Too many logins in progress; try again later");
            session.closeAfterReplies();
        }
    }

    /** Returns the login of {@code account}, its home opened; runs off the event loop. */
    private static Login open(FtpSession session, UserAccount account) throws StorageFailure {
        return new Login(account,
                UserFileSystem.open(session.id(), session.config().root(), account));
    }

    /**
     * Answers PASS on the event loop: 230, 530 for a missing home (UserFileSystem logged
     * why), or the delayed 530 of a wrong password.
     */
    private static void finish(RunningCommand command, String name, boolean anonymous,
            Optional<Login> login, Throwable failure) {
        FtpSession session = command.session();
        if (failure instanceof StorageFailure) {
            command.reply(530, "Login failed: home directory unavailable");
        } else if (failure != null) {
            session.replyFailure(command, failure);
        } else if (login.isPresent()) {
            session.loggedIn(login.get().account(), login.get().files());
            command.reply(230, anonymous ? "Anonymous access granted; read-only"
                    : "User " + name + " logged in");
        } else {
            refuse(command, name);
        }
    }

    private static void refuse(RunningCommand command, String name) {
        FtpSession session = command.session();
        int failures = session.countFailedLogin();
        int limit = session.config().maxLoginFailures();
        if (failures >= 2) {
            log.warn("{} failed login {} of {} for user {} from {}", session.id(), failures,
                    limit, session.userForLog(), session.remoteAddress());
        }
        if (failures >= limit) {
            command.reply(421, "Too many failed logins; closing the connection");
            session.closeAfterReplies();
            return;
        }
        // Scheduled, not slept: the event loop serves other sessions meanwhile, and this
        // session's next command waits in its queue until the 530 is out.
        long delay = session.config().loginFailureDelay().toMillis();
        session.loop().schedule(() -> command.reply(530, "Login incorrect"),
                delay, TimeUnit.MILLISECONDS);
    }

    private static void account(RunningCommand command) {
        // The protocol's session model reads 202 to ACCT as "logged in" (RFC 959 allows ACCT
        // to complete a login), so 202 only goes to a session that is logged in already.
        if (command.session().user().isPresent()) {
            command.reply(202, "ACCT not needed; already logged in");
        } else {
            command.reply(503, "Log in with USER and PASS; this server needs no account");
        }
    }

    private static boolean isAnonymous(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.equals("anonymous") || lower.equals("ftp");
    }

    private record Login(UserAccount account, UserFileSystem files) {
    }
}

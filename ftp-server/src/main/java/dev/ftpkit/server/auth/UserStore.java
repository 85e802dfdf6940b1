package dev.ftpkit.server.auth;

import java.util.Optional;

/**
 * Checks a user's name and password.
 *
 * <p>Implementations may be slow on purpose (password hashing); the server calls them on
 * login threads of its own, off its event loops and file executors, with at most
 * {@code FtpServerConfig.maxLoginsInProgress()} calls running or waiting. They must be safe
 * to call from several threads at once.
 */
public interface UserStore {

    /** Returns the account when the name and password match, or empty when they do not. */
    Optional<UserAccount> authenticate(String name, String password);
}

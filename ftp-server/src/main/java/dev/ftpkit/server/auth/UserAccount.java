package dev.ftpkit.server.auth;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A user who logged in.
 *
 * @param name the login name
 * @param home the user's home, relative to the server root; the empty path is the root itself.
 *     The user sees it as "/" and can reach nothing outside it.
 * @param canWrite whether the user may upload, delete, rename and create directories
 */
public record UserAccount(String name, Path home, boolean canWrite) {

    public UserAccount {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(home, "home");
        if (home.isAbsolute()) {
            throw new IllegalArgumentException("home must be relative to the server root: "
                    + home);
        }
        for (Path part : home) {
            if (part.toString().equals("..")) {
                throw new IllegalArgumentException("home must not climb out of the root: "
                        + home);
            }
        }
    }
}

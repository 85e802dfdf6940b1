package dev.ftpkit.cli.transfer;

import java.util.Objects;

/**
 * The user and password to log in with, and where the password came from.
 *
 * @param user the user name
 * @param password the password; never printed, {@link #toString()} masks it
 * @param source where the password was found, for messages: "the URL", "FTP_PASSWORD",
 *     the netrc file's path, "the prompt" or "anonymous"
 */
public record Credentials(String user, String password, String source) {

    /** The password anonymous logins send: RFC 1635 asks for an e-mail-like string. */
    static final String ANONYMOUS_PASSWORD = "ftpkit@";

    public Credentials {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(source, "source");
    }

    /** Returns the credentials of an anonymous login. */
    static Credentials anonymous() {
        return new Credentials("anonymous", ANONYMOUS_PASSWORD, "anonymous");
    }

    @Override
    public String toString() {
        return "Credentials[user=" + user + ", password=****, source=" + source + "]";
    }
}

package dev.ftpkit.client.probe;

import java.time.Duration;
import java.util.Objects;

/**
 * Where and how to probe: the server, the login, the directory to work in, and the time
 * limits. Immutable; start from {@link #of} and change fields with the {@code with}
 * methods.
 *
 * @param host the server's host name or address
 * @param port the control port
 * @param user the user to log in as; "anonymous" for anonymous servers
 * @param password the password; never logged or shown, {@link #toString()} leaves it out
 * @param directory the directory to work in (CWD after login), "" for the login directory
 * @param write whether to create a scratch folder there, upload two small files into it
 *     for the write checks, and remove it at the end
 * @param connectTimeout how long to wait for each control and data connection to open
 * @param replyTimeout how long to wait for each reply
 * @param dataWait how long to wait for a reply to a transfer sent without a data
 *     connection, after which the server is taken to be waiting for one
 */
public record ProbeSettings(String host, int port, String user, String password,
        String directory, boolean write, Duration connectTimeout, Duration replyTimeout,
        Duration dataWait) {

    public ProbeSettings {
        Objects.requireNonNull(host, "host");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range 1-65535: " + port);
        }
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(directory, "directory");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(replyTimeout, "replyTimeout");
        requirePositive(dataWait, "dataWait");
    }

    /**
     * Returns settings for {@code user} on {@code host}:{@code port}: the login directory,
     * no writes, 10 seconds to connect and per reply, 3 seconds of data wait.
     */
    public static ProbeSettings of(String host, int port, String user, String password) {
        return new ProbeSettings(host, port, user, password, "", false,
                Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(3));
    }

    /** Returns a copy that works in {@code directory} ("" for the login directory). */
    public ProbeSettings withDirectory(String directory) {
        return new ProbeSettings(host, port, user, password, directory, write, connectTimeout,
                replyTimeout, dataWait);
    }

    /** Returns a copy with the write checks on or off. */
    public ProbeSettings withWrite(boolean write) {
        return new ProbeSettings(host, port, user, password, directory, write, connectTimeout,
                replyTimeout, dataWait);
    }

    /** Returns a copy with another connect and reply timeout. */
    public ProbeSettings withTimeouts(Duration connectTimeout, Duration replyTimeout) {
        return new ProbeSettings(host, port, user, password, directory, write, connectTimeout,
                replyTimeout, dataWait);
    }

    /** Returns a copy with another data wait. */
    public ProbeSettings withDataWait(Duration dataWait) {
        return new ProbeSettings(host, port, user, password, directory, write, connectTimeout,
                replyTimeout, dataWait);
    }

    /**
     * Returns how long one check may take in all before it is stopped: enough for a new
     * session (connect, greeting, USER, PASS, CWD) and a few more replies.
     */
    public Duration checkTimeout() {
        return connectTimeout.multipliedBy(2).plus(replyTimeout.multipliedBy(8)).plus(dataWait);
    }

    /** Returns the server as {@code ftp://user@host:port/directory}, without the password. */
    public String target() {
        String shownHost = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        String path = directory.startsWith("/") ? directory : "/" + directory;
        return "ftp://" + user + "@" + shownHost + ":" + port + path;
    }

    @Override
    public String toString() {
        // The record's default would print the password.
        return "ProbeSettings[" + target() + (write ? ", write" : "") + "]";
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + duration);
        }
    }
}

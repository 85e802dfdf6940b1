package dev.ftpkit.server;

import dev.ftpkit.server.auth.UserStore;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The settings of one {@link FtpServer}, immutable once built.
 *
 * <p>Only {@link Builder#root(Path)} and {@link Builder#users(UserStore)} are required; every
 * other setting has a default fit for a loopback test server.
 */
public final class FtpServerConfig {

    private final InetAddress bindAddress;
    private final int port;
    private final int passivePortFirst;
    private final int passivePortLast;
    private final InetAddress passiveAddress;
    private final Path root;
    private final UserStore users;
    private final boolean anonymous;
    private final int maxLineLength;
    private final Duration idleTimeout;
    private final Duration dataConnectionTimeout;
    private final Duration loginFailureDelay;
    private final int maxLoginFailures;
    private final int maxLoginsInProgress;
    private final int maxSessions;
    private final int maxSessionsPerAddress;

    private FtpServerConfig(Builder builder) {
        this.bindAddress = builder.bindAddress;
        this.port = builder.port;
        this.passivePortFirst = builder.passivePortFirst;
        this.passivePortLast = builder.passivePortLast;
        this.passiveAddress = builder.passiveAddress;
        this.root = builder.root;
        this.users = builder.users;
        this.anonymous = builder.anonymous;
        this.maxLineLength = builder.maxLineLength;
        this.idleTimeout = builder.idleTimeout;
        this.dataConnectionTimeout = builder.dataConnectionTimeout;
        this.loginFailureDelay = builder.loginFailureDelay;
        this.maxLoginFailures = builder.maxLoginFailures;
        this.maxLoginsInProgress = builder.maxLoginsInProgress;
        this.maxSessions = builder.maxSessions;
        this.maxSessionsPerAddress = builder.maxSessionsPerAddress;
    }

    /** Returns a builder with every default set and no root nor user store. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the address the control listener binds; 127.0.0.1 by default. */
    public InetAddress bindAddress() {
        return bindAddress;
    }

    /** Returns the control port; 0 asks the system for a free one. */
    public int port() {
        return port;
    }

    /** Returns the first port of the passive range, or 0 when any free port will do. */
    public int passivePortFirst() {
        return passivePortFirst;
    }

    /** Returns the last port of the passive range, or 0 when any free port will do. */
    public int passivePortLast() {
        return passivePortLast;
    }

    /** Returns the address announced in 227 replies, when set; else the control's local one. */
    public Optional<InetAddress> passiveAddress() {
        return Optional.ofNullable(passiveAddress);
    }

    /** Returns the directory every user's home lies in; nothing outside it is served. */
    public Path root() {
        return root;
    }

    /** Returns where logins are checked. */
    public UserStore users() {
        return users;
    }

    /** Returns whether USER anonymous (or ftp) logs in read-only at the root. */
    public boolean anonymous() {
        return anonymous;
    }

    /** Returns the longest command line accepted, in bytes; longer ones get 500. */
    public int maxLineLength() {
        return maxLineLength;
    }

    /**
     * Returns how long a control connection may stay silent before 421 and close, and how
     * long a transfer's data connection may move no byte before the transfer ends with 426.
     */
    public Duration idleTimeout() {
        return idleTimeout;
    }

    /** Returns how long a transfer waits for its data connection before 425. */
    public Duration dataConnectionTimeout() {
        return dataConnectionTimeout;
    }

    /** Returns how long a failed login waits before its 530, to slow password guessing. */
    public Duration loginFailureDelay() {
        return loginFailureDelay;
    }

    /** Returns after how many failed logins a session is closed with 421. */
    public int maxLoginFailures() {
        return maxLoginFailures;
    }

    /**
     * Returns how many password checks may run or wait at once, across all sessions; a PASS
     * beyond that gets 421 and the connection is closed.
     */
    public int maxLoginsInProgress() {
        return maxLoginsInProgress;
    }

    /** Returns how many control connections may be open at once; more get 421. */
    public int maxSessions() {
        return maxSessions;
    }

    /**
     * Returns how many control connections one client address may have open at once, 0 for
     * no limit of its own; more get 421.
     */
    public int maxSessionsPerAddress() {
        return maxSessionsPerAddress;
    }

    /** Collects the settings of a server; {@link #build()} checks them. */
    public static final class Builder {

        private InetAddress bindAddress = ipv4Loopback();
        private int port = 2121;
        private int passivePortFirst;
        private int passivePortLast;
        private InetAddress passiveAddress;
        private Path root;
        private UserStore users;
        private boolean anonymous;
        private int maxLineLength = 4096;
        private Duration idleTimeout = Duration.ofMinutes(5);
        private Duration dataConnectionTimeout = Duration.ofSeconds(30);
        private Duration loginFailureDelay = Duration.ofSeconds(1);
        private int maxLoginFailures = 3;
        // At half a second per check on two threads, the last of 64 waits about 16 s: inside
        // the minute most clients wait for a reply, and a flood holds little memory.
        private int maxLoginsInProgress = 64;
        // pyftpdlib's defaults (max_cons 512, max_cons_per_ip 0): bounded file descriptors
        // without refusing the many parallel connections of a mirroring client.
        private int maxSessions = 512;
        private int maxSessionsPerAddress;

        private Builder() {
        }

        /** Sets the address the control listener binds; 127.0.0.1 by default. */
        public Builder bindAddress(InetAddress address) {
            this.bindAddress = Objects.requireNonNull(address, "bindAddress");
            return this;
        }

        /** Sets the control port, 0 for an ephemeral one; 2121 by default. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Sets the passive port range, both ends included; 0, 0 means any free port. */
        public Builder passivePorts(int first, int last) {
            this.passivePortFirst = first;
            this.passivePortLast = last;
            return this;
        }

        /** Sets the address announced in 227 replies (for a server behind NAT). */
        public Builder passiveAddress(InetAddress address) {
            this.passiveAddress = Objects.requireNonNull(address, "passiveAddress");
            return this;
        }

        /** Sets the directory served; required. */
        public Builder root(Path root) {
            this.root = Objects.requireNonNull(root, "root");
            return this;
        }

        /** Sets where logins are checked; required. */
        public Builder users(UserStore users) {
            this.users = Objects.requireNonNull(users, "users");
            return this;
        }

        /** Allows read-only anonymous logins at the root; off by default. */
        public Builder anonymous(boolean anonymous) {
            this.anonymous = anonymous;
            return this;
        }

        /** Sets the longest command line accepted, in bytes; 4096 by default. */
        public Builder maxLineLength(int maxLineLength) {
            this.maxLineLength = maxLineLength;
            return this;
        }

        /**
         * Sets how long a silent control connection, or a data connection that moves nothing
         * during a transfer, is kept; 5 minutes by default (vsftpd uses 300 s for both).
         */
        public Builder idleTimeout(Duration idleTimeout) {
            this.idleTimeout = Objects.requireNonNull(idleTimeout, "idleTimeout");
            return this;
        }

        /** Sets how long a transfer waits for its data connection; 30 seconds by default. */
        public Builder dataConnectionTimeout(Duration timeout) {
            this.dataConnectionTimeout = Objects.requireNonNull(timeout, "dataConnectionTimeout");
            return this;
        }

        /** Sets the pause before a 530 for a wrong password; 1 second by default. */
        public Builder loginFailureDelay(Duration delay) {
            this.loginFailureDelay = Objects.requireNonNull(delay, "loginFailureDelay");
            return this;
        }

        /** Sets how many failed logins close a session with 421; 3 by default. */
        public Builder maxLoginFailures(int maxLoginFailures) {
            this.maxLoginFailures = maxLoginFailures;
            return this;
        }

        /**
         * Sets how many password checks may run or wait at once; 64 by default. Checks run
         * on a few threads of their own, so a flood of PASS slows other logins, not
         * transfers; past this limit a PASS gets 421 at once instead of waiting.
         */
        public Builder maxLoginsInProgress(int maxLoginsInProgress) {
            this.maxLoginsInProgress = maxLoginsInProgress;
            return this;
        }

        /** Sets how many control connections may be open at once; 512 by default. */
        public Builder maxSessions(int maxSessions) {
            this.maxSessions = maxSessions;
            return this;
        }

        /** Sets how many connections one client address may have, 0 for any; 0 by default. */
        public Builder maxSessionsPerAddress(int maxSessionsPerAddress) {
            this.maxSessionsPerAddress = maxSessionsPerAddress;
            return this;
        }

        /**
         * Returns the configuration.
         *
         * @throws IllegalArgumentException naming the first setting that is missing or wrong
         */
        public FtpServerConfig build() {
            require(root != null, "root is required");
            require(users != null, "users is required");
            require(port >= 0 && port <= 65535, "port out of range 0-65535: " + port);
            checkPassiveRange();
            require(maxLineLength >= 16, "maxLineLength below 16 bytes: " + maxLineLength);
            requirePositive(idleTimeout, "idleTimeout");
            requirePositive(dataConnectionTimeout, "dataConnectionTimeout");
            require(!loginFailureDelay.isNegative(), "loginFailureDelay is negative: "
                    + loginFailureDelay);
            require(maxLoginFailures >= 1, "maxLoginFailures below 1: " + maxLoginFailures);
            require(maxLoginsInProgress >= 1, "maxLoginsInProgress below 1: "
                    + maxLoginsInProgress);
            require(maxSessions >= 1, "maxSessions below 1: " + maxSessions);
            require(maxSessionsPerAddress >= 0, "maxSessionsPerAddress is negative: "
                    + maxSessionsPerAddress);
            return new FtpServerConfig(this);
        }

        private void checkPassiveRange() {
            if (passivePortFirst == 0 && passivePortLast == 0) {
                return;
            }
            require(passivePortFirst >= 1024 && passivePortLast <= 65535,
                    "passivePorts out of range 1024-65535: "
                            + passivePortFirst + "-" + passivePortLast);
            require(passivePortFirst <= passivePortLast,
                    "passivePorts first above last: " + passivePortFirst + "-" + passivePortLast);
        }

        private static InetAddress ipv4Loopback() {
            try {
                // Not getLoopbackAddress(): it answers ::1 when the JVM prefers IPv6.
                return InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});
            } catch (UnknownHostException e) {
                throw new IllegalStateException("four bytes are always an IPv4 address", e);
            }
        }

        private static void requirePositive(Duration duration, String name) {
            require(!duration.isNegative() && !duration.isZero(),
                    name + " must be positive: " + duration);
        }

        private static void require(boolean condition, String message) {
            if (!condition) {
                throw new IllegalArgumentException(message);
            }
        }
    }
}

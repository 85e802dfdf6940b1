package dev.ftpkit.client;

import dev.ftpkit.client.internal.ClientSettings;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import javax.net.SocketFactory;

/**
 * Collects the settings of an {@link FtpClient} and connects it. Obtain one with
 * {@link FtpClient#builder()}; a builder may connect many clients with the same settings.
 *
 * <p>Defaults: port 21, anonymous login, passive data connections (EPSV, then PASV),
 * binary transfers, UTF-8 when the server announces it, 10 seconds to connect, 30 seconds
 * for each reply and for a silent data connection, no keepalive NOOPs, and 227 replies
 * naming a private address answered by connecting to the control connection's address.
 */
public final class FtpClientBuilder {

    private String host;
    private int port = 21;
    private String user = "anonymous";
    private String password = "anonymous@";
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private Duration dataTimeout = Duration.ofSeconds(30);
    private boolean passive = true;
    private boolean trustPassiveAddress;
    private Charset charset;
    private TranscriptListener transcript = TranscriptListener.NONE;
    private Duration keepaliveInterval = Duration.ZERO;
    private SocketFactory sockets = SocketFactory.getDefault();
    private Clock clock = Clock.systemUTC();
    private ZoneId serverZone = ZoneOffset.UTC;
    private boolean temporaryUploadNames;

    FtpClientBuilder() {
    }

    /** Sets the server's host name or address; required. */
    public FtpClientBuilder host(String host) {
        this.host = Objects.requireNonNull(host, "host");
        return this;
    }

    /** Sets the control port; 21 by default. */
    public FtpClientBuilder port(int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range 1-65535: " + port);
        }
        this.port = port;
        return this;
    }

    /** Logs in as {@code user} with {@code password}. The password is never logged. */
    public FtpClientBuilder credentials(String user, String password) {
        this.user = Objects.requireNonNull(user, "user");
        this.password = Objects.requireNonNull(password, "password");
        return this;
    }

    /** Logs in as "anonymous" with {@code email} as the password, as RFC 1635 asks. */
    public FtpClientBuilder anonymous(String email) {
        return credentials("anonymous", email);
    }

    /** Sets how long to wait for the control and passive data connections to open. */
    public FtpClientBuilder connectTimeout(Duration timeout) {
        this.connectTimeout = positive(timeout, "connectTimeout");
        return this;
    }

    /** Sets how long to wait for each reply, including a transfer's final one. */
    public FtpClientBuilder readTimeout(Duration timeout) {
        this.readTimeout = positive(timeout, "readTimeout");
        return this;
    }

    /**
     * Sets how long a data connection may stay silent before the transfer fails, and how
     * long active mode waits for the server to connect.
     */
    public FtpClientBuilder dataTimeout(Duration timeout) {
        this.dataTimeout = positive(timeout, "dataTimeout");
        return this;
    }

    /** Uses passive data connections: EPSV, falling back to PASV. The default. */
    public FtpClientBuilder passive() {
        this.passive = true;
        return this;
    }

    /**
     * Uses active data connections: the client listens on the control connection's local
     * address and sends EPRT, falling back to PORT; the server connects back. Only the
     * server's address is accepted on that listener.
     */
    public FtpClientBuilder active() {
        this.passive = false;
        return this;
    }

    /**
     * Sets whether to connect wherever a 227 reply says. When false (the default), the
     * address in a 227 is ignored and the client connects to the control connection's
     * address with the port from the reply: a private address there is a server behind NAT
     * announcing its inside address, and any other is a third host a hostile server could
     * aim the client at (curl CVE-2020-8284). Set it only for servers that really hand
     * data connections to another host.
     */
    public FtpClientBuilder trustPassiveAddress(boolean trust) {
        this.trustPassiveAddress = trust;
        return this;
    }

    /**
     * Fixes the control connection's charset and skips OPTS UTF8 ON. By default the client
     * uses UTF-8 when FEAT announces UTF8 (after sending OPTS UTF8 ON) and ISO-8859-1,
     * which keeps every byte of a name, otherwise.
     */
    public FtpClientBuilder charset(Charset charset) {
        this.charset = Objects.requireNonNull(charset, "charset");
        return this;
    }

    /** Sets the listener that sees every command (PASS masked) and reply. */
    public FtpClientBuilder transcript(TranscriptListener listener) {
        this.transcript = Objects.requireNonNull(listener, "listener");
        return this;
    }

    /**
     * Sends NOOP on the control connection every {@code interval} while a transfer runs,
     * so that firewalls and idle timeouts do not drop it; zero (the default) sends none.
     * NOOP replies are expected as 200, before or after the transfer's final reply.
     */
    public FtpClientBuilder keepaliveInterval(Duration interval) {
        if (interval.isNegative()) {
            throw new IllegalArgumentException("keepaliveInterval is negative: " + interval);
        }
        this.keepaliveInterval = interval;
        return this;
    }

    /** Sets the factory of control and passive data sockets (for proxies and tests). */
    public FtpClientBuilder socketFactory(SocketFactory factory) {
        this.sockets = Objects.requireNonNull(factory, "factory");
        return this;
    }

    /** Sets the clock LIST dates without a year are resolved against; system UTC by default. */
    public FtpClientBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /** Sets the time zone LIST times are shown in by the server; UTC by default. */
    public FtpClientBuilder serverTimeZone(ZoneId zone) {
        this.serverZone = Objects.requireNonNull(zone, "zone");
        return this;
    }

    /**
     * Sets whether {@code upload} writes to a temporary name in the same directory
     * ({@code .name.<random>.part}) and renames it to the real name once the server confirmed it,
     * so that readers never see half a file. Off by default.
     */
    public FtpClientBuilder temporaryUploadNames(boolean enabled) {
        this.temporaryUploadNames = enabled;
        return this;
    }

    /**
     * Connects, logs in and negotiates features, binary type and UTF-8.
     *
     * @throws FtpConnectionException when the server cannot be reached or does not greet
     * @throws FtpLoginException when the login is refused
     * @throws IllegalStateException when no host was set
     */
    public FtpClient connect() throws FtpException {
        if (host == null) {
            throw new IllegalStateException("host is required: call host(...) before connect()");
        }
        return FtpClient.open(new ClientSettings(host, port, user, password, connectTimeout,
                readTimeout, dataTimeout, passive, trustPassiveAddress,
                Optional.ofNullable(charset), transcript, keepaliveInterval, sockets, clock,
                serverZone, temporaryUploadNames));
    }

    private static Duration positive(Duration duration, String name) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + duration);
        }
        if (duration.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(name + " too long for a socket timeout: "
                    + duration);
        }
        return duration;
    }
}

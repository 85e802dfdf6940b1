package dev.ftpkit.client.internal;

import dev.ftpkit.client.TranscriptListener;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import javax.net.SocketFactory;

/**
 * Everything an {@code FtpClient.Builder} collected, checked and immutable.
 *
 * @param host the server's host name or address
 * @param port the control port
 * @param user the user name, "anonymous" for anonymous logins
 * @param password the password; never logged
 * @param connectTimeout for the control and passive data connections
 * @param readTimeout how long to wait for each reply
 * @param dataTimeout how long a data connection may stay silent, and active mode waits
 * @param passive passive (EPSV, then PASV) or active (EPRT, then PORT) data connections
 * @param trustPassiveAddress connect wherever a 227 reply says, private addresses included
 * @param charset the control connection's charset, or empty to choose UTF-8 when FEAT offers
 *     it and ISO-8859-1 otherwise
 * @param transcript sees every command and reply
 * @param keepaliveInterval NOOP interval during transfers, zero for none
 * @param sockets makes control and data sockets
 * @param clock resolves LIST dates without a year
 * @param serverZone the zone LIST times are shown in
 * @param temporaryUploadNames upload to a temporary name, then rename when complete
 */
public record ClientSettings(String host, int port, String user, String password,
        Duration connectTimeout, Duration readTimeout, Duration dataTimeout, boolean passive,
        boolean trustPassiveAddress, Optional<Charset> charset, TranscriptListener transcript,
        Duration keepaliveInterval, SocketFactory sockets, Clock clock, ZoneId serverZone,
        boolean temporaryUploadNames) {

    /** Returns the data timeout in milliseconds, as socket options take it. */
    public int dataTimeoutMillis() {
        return Math.toIntExact(dataTimeout.toMillis());
    }

    /** Returns the connect timeout in milliseconds, as socket options take it. */
    public int connectTimeoutMillis() {
        return Math.toIntExact(connectTimeout.toMillis());
    }

    @Override
    public String toString() {
        // The record's default would print the password.
        return "ClientSettings[" + user + "@" + host + ":" + port + (passive ? ", passive"
                : ", active") + "]";
    }
}

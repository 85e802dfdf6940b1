package dev.ftpkit.server.internal.transfer;

import io.netty.channel.Channel;
import io.netty.util.concurrent.Future;
import java.time.Duration;

/**
 * A data connection prepared by PASV/EPSV (the server listens) or PORT/EPRT (the server will
 * connect), waiting for the transfer that uses it. Used on the session's event loop only.
 */
public interface DataConnectionSource {

    /**
     * Returns the connected data channel, or a failure when it is not connected within
     * {@code timeout}. Called at most once; the channel does not read until asked.
     */
    Future<Channel> open(Duration timeout);

    /** Frees the listener or connection, if not handed out yet. Safe to call twice. */
    void close();

    /** Returns a description for STAT and logs, such as "passive on 127.0.0.1:50123". */
    String describe();
}

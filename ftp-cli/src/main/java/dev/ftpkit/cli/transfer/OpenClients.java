package dev.ftpkit.cli.transfer;

import dev.ftpkit.client.FtpClient;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The clients a command has connected, aborted by a JVM shutdown hook while the command
 * runs. Ctrl-C (SIGINT) or SIGTERM during {@code put} would otherwise end the upload's data
 * connection cleanly, which in stream mode tells the server the file is complete: it would
 * keep a truncated file. {@link FtpClient#abort()} resets the data connection instead.
 */
final class OpenClients {

    private final Set<FtpClient> clients = ConcurrentHashMap.newKeySet();
    private final Thread hook = new Thread(this::abortAll, "ftpkit-abort-on-exit");

    /** Aborts the clients tracked from now on if the JVM shuts down before {@link #release}. */
    void guardShutdown() {
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Stops guarding: the command is over, its clients closed the ordinary way. */
    void release() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook runs already, or has run; nothing left to remove.
        }
        clients.clear();
    }

    /** Tracks {@code client} until {@link #release}; returns it. */
    FtpClient track(FtpClient client) {
        clients.add(client);
        return client;
    }

    private void abortAll() {
        clients.forEach(FtpClient::abort);
    }
}

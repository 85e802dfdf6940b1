package dev.ftpkit.testkit;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An FTP server we did not write, running for a test on 127.0.0.1 and an ephemeral port.
 *
 * <p>The server exposes one writable directory: {@link #localHome()} on this machine,
 * {@link #remoteHome()} as clients name it. Tests arrange files under the local side, call
 * {@link #handOver()}, and then work on the remote side.
 *
 * <p>Closing stops the server and every process it started. Fixtures also stop by
 * themselves after a bounded lifetime, so a killed test JVM leaves nothing running.
 */
public interface PeerFtpServer extends AutoCloseable {

    /** Returns the server's name for test display names, such as "vsftpd". */
    String name();

    /** Returns the address the server listens on, always "127.0.0.1". */
    default String host() {
        return "127.0.0.1";
    }

    /** Returns the control connection port. */
    int port();

    /** Returns the user to log in as ("anonymous" for servers that serve only anonymous). */
    String user();

    /** Returns the password for {@link #user()}. */
    String password();

    /** Returns the writable directory on this machine. */
    Path localHome();

    /** Returns the same directory as clients name it, such as "/" or "/pub". */
    String remoteHome();

    /**
     * Makes files the test created under {@link #localHome()} writable by the server, whose
     * sessions may run as another system user. Call it after arranging files.
     */
    void handOver() throws IOException;

    /** Stops the server and waits for its processes to end. */
    @Override
    void close();
}

package dev.ftpkit.client.support;

import dev.ftpkit.server.FtpServer;
import dev.ftpkit.server.FtpServerConfig;
import dev.ftpkit.server.auth.InMemoryUserStore;
import dev.ftpkit.server.auth.PasswordHash;
import dev.ftpkit.testkit.PeerFtpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** ftpkit's own server on 127.0.0.1 and an ephemeral port, one read/write user. */
public final class FtpkitServer implements PeerFtpServer {

    private static final String USER = "alice";
    private static final String PASSWORD = "correct horse";
    /** Few iterations: the tests check the client, not the hash's cost. */
    private static final int TEST_ITERATIONS = 1_000;

    private final FtpServer server;
    private final Path home;

    private FtpkitServer(FtpServer server, Path home) {
        this.server = server;
        this.home = home;
    }

    /** Starts the server over {@code scratch/home}. */
    public static FtpkitServer start(Path scratch) throws IOException {
        Path home = Files.createDirectories(scratch.resolve("home"));
        String hash = PasswordHash.hash(PASSWORD.toCharArray(), TEST_ITERATIONS);
        FtpServerConfig config = FtpServerConfig.builder()
                .bindAddress(InetAddress.getByName("127.0.0.1"))
                .port(0)
                .root(home)
                .users(InMemoryUserStore.builder().add(USER, hash, "", true).build())
                .loginFailureDelay(Duration.ofMillis(10))
                .build();
        return new FtpkitServer(FtpServer.start(config), home);
    }

    @Override
    public String name() {
        return "ftpkit";
    }

    @Override
    public int port() {
        return server.localAddress().getPort();
    }

    @Override
    public String user() {
        return USER;
    }

    @Override
    public String password() {
        return PASSWORD;
    }

    @Override
    public Path localHome() {
        return home;
    }

    @Override
    public String remoteHome() {
        return "/";
    }

    /** Does nothing: the server runs in this JVM, as the user who owns the files. */
    @Override
    public void handOver() {
    }

    @Override
    public void close() {
        server.close();
    }
}

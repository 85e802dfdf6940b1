package dev.ftpkit.server.interop;

import dev.ftpkit.server.FtpServer;
import dev.ftpkit.server.FtpServerConfig;
import dev.ftpkit.server.auth.InMemoryUserStore;
import dev.ftpkit.server.auth.PasswordHash;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * ftpkit's own server, the one under test: 127.0.0.1, an ephemeral control port, passive
 * ports chosen by the system, and one writing user whose home is the server root.
 */
final class FtpkitServer implements InteropServer {

    private static final String USER = "alice";

    /** Far below the production cost: a login in a test must not spend a second hashing. */
    private static final int TEST_HASH_ITERATIONS = 1_000;

    private final FtpServer server;
    private final String password;
    private final Path home;

    private FtpkitServer(FtpServer server, String password, Path home) {
        this.server = server;
        this.password = password;
        this.home = home;
    }

    /** Starts ftpkit serving {@code home} as the root and the user's home. */
    static FtpkitServer start(Path home) throws IOException {
        Files.createDirectories(home);
        String password = InteropServer.randomPassword();
        InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        InMemoryUserStore users = InMemoryUserStore.builder()
                .add(USER, PasswordHash.hash(password.toCharArray(), TEST_HASH_ITERATIONS), "",
                        true)
                .build();
        FtpServerConfig config = FtpServerConfig.builder()
                .bindAddress(loopback)
                .port(0)
                .passiveAddress(loopback)
                .root(home)
                .users(users)
                .anonymous(false)
                .idleTimeout(Duration.ofMinutes(2))
                .build();

        return new FtpkitServer(FtpServer.start(config), password, home);
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
        return password;
    }

    @Override
    public Path home() {
        return home;
    }

    @Override
    public void close() {
        server.close();
    }

    @Override
    public String toString() {
        return "ftpkit on " + host() + ":" + port() + " serving " + home;
    }
}

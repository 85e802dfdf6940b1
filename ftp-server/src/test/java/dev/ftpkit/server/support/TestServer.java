package dev.ftpkit.server.support;

import dev.ftpkit.server.FtpServer;
import dev.ftpkit.server.FtpServerConfig;
import dev.ftpkit.server.auth.InMemoryUserStore;
import dev.ftpkit.server.auth.PasswordHash;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;

/**
 * An ftpkit server on an ephemeral loopback port over a temporary root, with three users:
 * alice (writes, home = root), bob (writes, home = root/bob) and reader (read-only).
 *
 * <p>It owns the client connections it hands out ({@link #connect}, {@link #login},
 * {@link #raw}): {@link #close} closes them before it stops the server, so tests need no
 * cleanup of their own for them.
 */
public final class TestServer implements AutoCloseable {

    public static final String PASSWORD = "correct horse";

    // Few iterations: the tests check behaviour, not the hash's cost.
    private static final int TEST_ITERATIONS = 1_000;

    private final FtpServer server;
    private final Path root;
    private final List<Closeable> connections = new CopyOnWriteArrayList<>();

    private TestServer(FtpServer server, Path root) {
        this.server = server;
        this.root = root;
    }

    /** Starts a server over {@code root} with the test users. */
    public static TestServer start(Path root) throws IOException {
        return start(root, builder -> { });
    }

    /** Starts a server over {@code root}, letting {@code customize} change the settings. */
    public static TestServer start(Path root, Consumer<FtpServerConfig.Builder> customize)
            throws IOException {
        Files.createDirectories(root.resolve("bob"));
        FtpServerConfig.Builder builder = FtpServerConfig.builder()
                .bindAddress(InetAddress.getByName("127.0.0.1"))
                .port(0)
                .root(root)
                .users(users())
                .loginFailureDelay(Duration.ofMillis(50))
                .dataConnectionTimeout(Duration.ofSeconds(5));
        customize.accept(builder);
        return new TestServer(FtpServer.start(builder.build()), root);
    }

    private static InMemoryUserStore users() {
        String hash = PasswordHash.hash(PASSWORD.toCharArray(), TEST_ITERATIONS);
        return InMemoryUserStore.builder()
                .add("alice", hash, "", true)
                .add("bob", hash, "bob", true)
                .add("reader", hash, "", false)
                .build();
    }

    public FtpServer server() {
        return server;
    }

    public Path root() {
        return root;
    }

    public int port() {
        return server.localAddress().getPort();
    }

    /** Returns a Commons Net client connected (not logged in), passive, with timeouts. */
    public FTPClient connect() throws IOException {
        FTPClient client = new FTPClient();
        client.setConnectTimeout(5_000);
        client.setDefaultTimeout(10_000);
        client.setDataTimeout(Duration.ofSeconds(10));
        connections.add(client::disconnect);
        client.connect(server.localAddress().getAddress(), port());
        client.setSoTimeout(10_000);
        client.enterLocalPassiveMode();
        return client;
    }

    /** Returns a Commons Net client logged in as {@code user}, in binary mode. */
    public FTPClient login(String user) throws IOException {
        FTPClient client = connect();
        if (!client.login(user, PASSWORD)) {
            throw new IOException("login as " + user + " failed: " + client.getReplyString());
        }
        client.setFileType(FTP.BINARY_FILE_TYPE);
        return client;
    }

    /** Returns a raw control connection, greeting already read. */
    public RawControl raw() throws IOException {
        RawControl raw = RawControl.connect(server.localAddress());
        connections.add(raw::close);
        raw.readReply();
        return raw;
    }

    /** Closes every connection handed out, then stops the server. */
    @Override
    public void close() {
        for (Closeable connection : connections) {
            try {
                connection.close();
            } catch (IOException e) {
                // The connection is going away either way; the server stops next.
            }
        }
        connections.clear();
        server.close();
    }
}

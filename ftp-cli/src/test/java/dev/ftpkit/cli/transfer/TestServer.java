package dev.ftpkit.cli.transfer;

import dev.ftpkit.server.FtpServer;
import dev.ftpkit.server.FtpServerConfig;
import dev.ftpkit.server.auth.InMemoryUserStore;
import dev.ftpkit.server.auth.PasswordHash;
import dev.ftpkit.testkit.PeerFtpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * ftpkit's own server in the test JVM on 127.0.0.1 and an ephemeral port: one read/write
 * user, and anonymous read-only logins.
 */
final class TestServer implements PeerFtpServer {

    static final String USER = "alice";
    /** A space and a colon: both must survive URLs, netrc quoting and the environment. */
    static final String PASSWORD = "correct horse:battery";
    /** Few iterations: the tests check the CLI, not the hash's cost. */
    private static final int TEST_ITERATIONS = 1_000;

    private final FtpServer server;
    private final Path home;

    private TestServer(FtpServer server, Path home) {
        this.server = server;
        this.home = home;
    }

    /** Starts the server over {@code scratch/home} on 127.0.0.1. */
    static TestServer start(Path scratch) throws IOException {
        return start(scratch, InetAddress.getByName("127.0.0.1"));
    }

    /** Starts the server over {@code scratch/home} on {@code address}. */
    static TestServer start(Path scratch, InetAddress address) throws IOException {
        Path home = Files.createDirectories(scratch.resolve("home"));
        String hash = PasswordHash.hash(PASSWORD.toCharArray(), TEST_ITERATIONS);
        FtpServerConfig config = FtpServerConfig.builder()
                .bindAddress(address)
                .port(0)
                .root(home)
                .users(InMemoryUserStore.builder().add(USER, hash, "", true).build())
                .anonymous(true)
                .loginFailureDelay(Duration.ofMillis(10))
                .build();
        return new TestServer(FtpServer.start(config), home);
    }

    /** Returns "ftp://alice@127.0.0.1:PORT/" + {@code path}: no password in it. */
    String url(String path) {
        return "ftp://" + USER + "@" + host() + ":" + port() + "/" + path;
    }

    /** Returns the URL with the password in it, percent-encoded. */
    String urlWithPassword(String path) {
        return "ftp://" + USER + ":" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                .replace("+", "%20") + "@" + host() + ":" + port() + "/" + path;
    }

    /** Returns an anonymous URL, "ftp://127.0.0.1:PORT/" + {@code path}. */
    String anonymousUrl(String path) {
        return "ftp://" + host() + ":" + port() + "/" + path;
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

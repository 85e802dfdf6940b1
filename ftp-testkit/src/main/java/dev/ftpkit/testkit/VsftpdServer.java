package dev.ftpkit.testkit;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * Debian's vsftpd on 127.0.0.1 and an ephemeral port, serving an anonymous user who may
 * upload, create directories, rename and delete in {@link #remoteHome()} ("/pub").
 *
 * <p>vsftpd must be started as root, as CI runs the tests: it chroots each session into
 * the anonymous root and then serves it as the system user {@value #FTP_USER}. That root
 * must not be writable by that user (vsftpd refuses to serve a writable chroot to
 * anonymous sessions), so the writable directory is {@code pub} inside it, owned by
 * {@value #FTP_USER}; {@link #handOver()} gives it the files a test arranged.
 *
 * <p>vsftpd has no MLSD or MLST: clients list it with LIST, in its {@code ls -l} format
 * with numeric user and group ids. It runs in the foreground under {@code timeout}, so it
 * stops after {@link #MAX_LIFETIME} even when the test JVM is killed.
 */
public final class VsftpdServer implements PeerFtpServer {

    /** The system user vsftpd serves anonymous sessions as (its {@code ftp_username}). */
    static final String FTP_USER = "ftp";
    static final Duration MAX_LIFETIME = Duration.ofMinutes(10);

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(20);
    private static final int BIND_ATTEMPTS = 3;

    private final Process process;
    private final int port;
    private final Path home;
    private final Path log;

    private VsftpdServer(Process process, int port, Path home, Path log) {
        this.process = process;
        this.port = port;
        this.home = home;
        this.log = log;
    }

    /**
     * Starts vsftpd with its configuration, chroot, log and writable directory under
     * {@code scratch}. Skips or fails the test (see {@link PeerAvailability}) when vsftpd
     * is missing or the JVM does not run as root.
     */
    public static VsftpdServer start(Path scratch) throws IOException, InterruptedException {
        PeerAvailability.require(PeerAvailability.Peer.VSFTPD);
        Path base = Files.createDirectories(scratch.resolve("vsftpd"));
        Path emptyDir = rootOwnedDirectory(base.resolve("empty"));
        Path anonRoot = rootOwnedDirectory(base.resolve("root"));
        Path home = Files.createDirectories(anonRoot.resolve("pub"));
        Path log = base.resolve("vsftpd.log");

        IOException lastFailure = null;
        for (int attempt = 1; attempt <= BIND_ATTEMPTS; attempt++) {
            int port = freeLoopbackPort();
            Path config = base.resolve("vsftpd.conf");
            Files.writeString(config, VsftpdConfig.render(port, anonRoot, emptyDir, log),
                    StandardCharsets.UTF_8);
            Process process = launch(config, base.resolve("vsftpd.out"));
            try {
                awaitListening(process, port, base.resolve("vsftpd.out"));
                VsftpdServer server = new VsftpdServer(process, port, home, log);
                server.handOver();
                return server;
            } catch (IOException e) {
                // Most likely another process took the port between our probe and vsftpd's
                // bind; try a fresh port a few times before giving up.
                ChildProcesses.stop(process);
                lastFailure = e;
            }
        }
        throw lastFailure;
    }

    @Override
    public String name() {
        return "vsftpd";
    }

    @Override
    public int port() {
        return port;
    }

    /** Returns "anonymous": this fixture serves anonymous sessions only. */
    @Override
    public String user() {
        return "anonymous";
    }

    /** Returns an e-mail-like password, as anonymous logins traditionally send. */
    @Override
    public String password() {
        return "tester@example.com";
    }

    @Override
    public Path localHome() {
        return home;
    }

    @Override
    public String remoteHome() {
        return "/pub";
    }

    /** Gives every file and directory under {@link #localHome()} to {@value #FTP_USER}. */
    @Override
    public void handOver() throws IOException {
        UserPrincipalLookupService lookup = home.getFileSystem().getUserPrincipalLookupService();
        var owner = lookup.lookupPrincipalByName(FTP_USER);
        GroupPrincipal group = lookup.lookupPrincipalByGroupName(FTP_USER);
        try (Stream<Path> paths = Files.walk(home)) {
            for (Path path : paths.toList()) {
                PosixFileAttributeView view = Files.getFileAttributeView(path,
                        PosixFileAttributeView.class);
                view.setOwner(owner);
                view.setGroup(group);
            }
        }
    }

    /** Returns vsftpd's log: every command and reply, for diagnosing a failing test. */
    public Path log() {
        return log;
    }

    @Override
    public void close() {
        ChildProcesses.stop(process);
    }

    private static Path rootOwnedDirectory(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
        return directory;
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    private static Process launch(Path config, Path output) throws IOException {
        return new ProcessBuilder(List.of(PeerAvailability.TIMEOUT.toString(),
                "--kill-after=5", Long.toString(MAX_LIFETIME.toSeconds()),
                PeerAvailability.VSFTPD.toString(), config.toString()))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
    }

    /** Connects until vsftpd accepts: a bounded wait with short sleeps. */
    private static void awaitListening(Process process, int port, Path output)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("vsftpd exited with " + process.exitValue()
                        + " before listening on port " + port + "; its output:\n"
                        + Files.readString(output));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port),
                        1000);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IOException("vsftpd did not listen on port " + port + " within "
                + STARTUP_TIMEOUT + "; its output:\n" + Files.readString(output));
    }

    @Override
    public String toString() {
        return "vsftpd on " + host() + ":" + port + " serving " + home + " as /pub";
    }
}

package dev.ftpkit.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's pyftpdlib on 127.0.0.1 and a port the kernel picks, serving a temp directory to
 * one user with read and write permissions and a random password.
 *
 * <p>pyftpdlib answers MLSD and MLST, so clients list it with machine-readable facts;
 * {@link #startWithout} removes verbs, such as MLSD and MLST, to make clients fall back to
 * parsing LIST. The Python side exits when its stdin closes or after
 * {@link #MAX_LIFETIME}, so a killed test JVM leaves nothing running.
 */
public final class PyftpdlibServer implements PeerFtpServer {

    static final Duration MAX_LIFETIME = Duration.ofMinutes(10);
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(20);
    private static final Pattern PORT_LINE = Pattern.compile("^PORT (\\d+)$", Pattern.MULTILINE);
    private static final String USER = "tester";

    private final Process process;
    private final int port;
    private final String password;
    private final Path home;
    private final Path log;

    private PyftpdlibServer(Process process, int port, String password, Path home, Path log) {
        this.process = process;
        this.port = port;
        this.password = password;
        this.home = home;
        this.log = log;
    }

    /**
     * Starts pyftpdlib serving {@code scratch/home}; its script, output and log also go to
     * {@code scratch}. Skips or fails the test (see {@link PeerAvailability}) when
     * pyftpdlib is not installed.
     */
    public static PyftpdlibServer start(Path scratch) throws IOException, InterruptedException {
        return startWithout(scratch, Set.of());
    }

    /** Starts pyftpdlib as {@link #start} does, with the verbs in {@code disabledVerbs} removed. */
    public static PyftpdlibServer startWithout(Path scratch, Set<String> disabledVerbs)
            throws IOException, InterruptedException {
        PeerAvailability.require(PeerAvailability.Peer.PYFTPDLIB);
        Path home = Files.createDirectories(scratch.resolve("home"));
        Path script = copyScript(scratch);
        Path stdout = scratch.resolve("pyftpdlib.out");
        Path log = scratch.resolve("pyftpdlib.log");
        String password = randomPassword();

        ProcessBuilder builder = new ProcessBuilder(List.of(
                PeerAvailability.DEBIAN_PYTHON.toString(), script.toString(), home.toString(),
                Long.toString(MAX_LIFETIME.toSeconds())))
                .redirectOutput(stdout.toFile())
                .redirectError(log.toFile());
        builder.environment().put("FTPKIT_USER", USER);
        builder.environment().put("FTPKIT_PASSWORD", password);
        builder.environment().put("FTPKIT_DISABLED_VERBS", String.join(",", disabledVerbs));
        Process process = builder.start();

        int port = awaitPort(process, stdout, log);
        return new PyftpdlibServer(process, port, password, home, log);
    }

    @Override
    public String name() {
        return "pyftpdlib";
    }

    @Override
    public int port() {
        return port;
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
    public Path localHome() {
        return home;
    }

    @Override
    public String remoteHome() {
        return "/";
    }

    /** Does nothing: pyftpdlib runs as the test's own user, which owns the files. */
    @Override
    public void handOver() {
    }

    /** Returns the server's log, one line per command, for diagnosing a failing test. */
    public Path log() {
        return log;
    }

    @Override
    public void close() {
        try {
            // End of file on stdin makes the script exit at once, without a signal.
            process.getOutputStream().close();
        } catch (IOException e) {
            // Its stdin could not be closed; the stop below is just as final.
        }
        ChildProcesses.stop(process);
    }

    private static Path copyScript(Path scratch) throws IOException {
        Path script = scratch.resolve("pyftpdlib_server.py");
        try (InputStream in = PyftpdlibServer.class.getResourceAsStream("pyftpdlib_server.py")) {
            if (in == null) {
                throw new IOException("resource dev/ftpkit/testkit/pyftpdlib_server.py missing"
                        + " from the ftp-testkit jar");
            }
            Files.copy(in, script);
        }
        return script;
    }

    /** Polls the script's output for its port line: a bounded wait with short sleeps. */
    private static int awaitPort(Process process, Path stdout, Path log)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Integer> port = portIn(Files.readString(stdout, StandardCharsets.UTF_8));
            if (port.isPresent()) {
                return port.get();
            }
            if (!process.isAlive()) {
                throw new IOException("pyftpdlib exited with " + process.exitValue()
                        + " before printing its port; its log:\n" + Files.readString(log));
            }
            Thread.sleep(50);
        }
        ChildProcesses.stop(process);
        throw new IOException("pyftpdlib printed no port within " + STARTUP_TIMEOUT
                + "; its log:\n" + Files.readString(log));
    }

    private static Optional<Integer> portIn(String output) {
        Matcher matcher = PORT_LINE.matcher(output);
        return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
    }

    static String randomPassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public String toString() {
        return "pyftpdlib on " + host() + ":" + port + " serving " + home;
    }
}

package dev.ftpkit.server.interop;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's pyftpdlib as a reference server: started on 127.0.0.1, an ephemeral port and a
 * temp home, for one user with a random password.
 *
 * <p>It is what the interop tests were checked against before ftpkit's server existed, and
 * it serves client tests that need a server we did not write. The Python side stops by
 * itself when its stdin closes or after {@link #MAX_LIFETIME}, so a killed test JVM leaves
 * nothing running.
 */
public final class PyftpdlibServer implements InteropServer {

    private static final Duration MAX_LIFETIME = Duration.ofMinutes(10);
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);
    private static final Pattern PORT_LINE = Pattern.compile("^PORT (\\d+)$", Pattern.MULTILINE);
    private static final String USER = "alice";

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

    /** Starts pyftpdlib serving {@code home}; its script and log go to {@code scratch}. */
    public static PyftpdlibServer start(Path home, Path scratch)
            throws IOException, InterruptedException {
        Path python = ExternalPeer.PYFTPDLIB.require();
        Files.createDirectories(home);
        Path script = copyScript(scratch);
        Path stdout = scratch.resolve("pyftpdlib.out");
        Path log = scratch.resolve("pyftpdlib.log");
        String password = InteropServer.randomPassword();

        ProcessBuilder builder = new ProcessBuilder(List.of(python.toString(), script.toString(),
                home.toString(), Long.toString(MAX_LIFETIME.toSeconds())))
                .redirectOutput(stdout.toFile())
                .redirectError(log.toFile());
        builder.environment().put("FTPKIT_USER", USER);
        builder.environment().put("FTPKIT_PASSWORD", password);
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
    public Path home() {
        return home;
    }

    /** The server's own log: every command and reply, for diagnosing a failing test. */
    public Path log() {
        return log;
    }

    @Override
    public void close() {
        try {
            // End of file on its stdin is the script's signal to exit at once.
            process.getOutputStream().close();
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                ProcessTrees.destroy(process);
            }
        } catch (IOException e) {
            // Its stdin could not be closed cleanly; killing it is just as final.
            ProcessTrees.destroy(process);
        } catch (InterruptedException e) {
            ProcessTrees.destroy(process);
            Thread.currentThread().interrupt();
        }
    }

    private static Path copyScript(Path scratch) throws IOException {
        Path script = scratch.resolve("pyftpdlib_server.py");
        try (InputStream in = PyftpdlibServer.class.getResourceAsStream(
                "/interop/pyftpdlib_server.py")) {
            if (in == null) {
                throw new IOException("test resource /interop/pyftpdlib_server.py is missing");
            }
            Files.copy(in, script);
        }
        return script;
    }

    /** Polls the script's stdout for its port line; a bounded wait, not a busy one. */
    private static int awaitPort(Process process, Path stdout, Path log)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Integer> port = portIn(Files.readString(stdout, StandardCharsets.UTF_8));
            if (port.isPresent()) {
                return port.get();
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("pyftpdlib exited with " + process.exitValue()
                        + " before printing its port; its log:\n" + Files.readString(log));
            }
            Thread.sleep(50);
        }
        ProcessTrees.destroy(process);
        throw new IllegalStateException("pyftpdlib printed no port within " + STARTUP_TIMEOUT
                + "; its log:\n" + Files.readString(log));
    }

    private static Optional<Integer> portIn(String output) {
        Matcher matcher = PORT_LINE.matcher(output);
        return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
    }

    @Override
    public String toString() {
        return "pyftpdlib on " + host() + ":" + port + " serving " + home;
    }
}

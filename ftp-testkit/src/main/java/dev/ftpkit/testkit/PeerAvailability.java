package dev.ftpkit.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Decides whether a test that needs an FTP program we did not write can run here.
 *
 * <p>When the program is usable, {@link #require} returns and the test goes on. When it is
 * not, the test is skipped with a message that says what is missing and how to install
 * it; but when the environment variable {@code CI} is {@code true} the test fails instead,
 * because on CI a skipped peer test would hide that nothing was checked.
 *
 * <p>Probes run once per JVM and are remembered.
 */
public final class PeerAvailability {

    /** Debian's interpreter: pyenv's {@code python3} on the PATH lacks the Debian modules. */
    static final Path DEBIAN_PYTHON = Path.of("/usr/bin/python3");
    static final Path VSFTPD = Path.of("/usr/sbin/vsftpd");
    /** Wraps vsftpd so that it stops by itself even when the test JVM is killed. */
    static final Path TIMEOUT = Path.of("/usr/bin/timeout");

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(20);
    private static final Map<Peer, Optional<String>> PROBLEMS = new ConcurrentHashMap<>();

    private PeerAvailability() {
    }

    /** The programs a test may ask for. */
    public enum Peer {
        /** Debian's python3-pyftpdlib, run by /usr/bin/python3. */
        PYFTPDLIB,
        /** Debian's vsftpd, which must be started as root. */
        VSFTPD
    }

    /**
     * Returns when {@code peer} is usable; otherwise aborts the running test (skipped) or,
     * under {@code CI=true}, fails it.
     */
    public static void require(Peer peer) {
        decide(peer, PROBLEMS.computeIfAbsent(peer, PeerAvailability::probe), isCi());
    }

    /** Returns when there is no problem; otherwise skips, or under CI fails, the test. */
    static void decide(Peer peer, Optional<String> problem, boolean ci) {
        if (problem.isEmpty()) {
            return;
        }
        String message = peer + " not usable: " + problem.get();
        if (ci) {
            Assertions.fail(message + " (CI=true, so a missing peer is an error, not a skip)");
        }
        Assumptions.abort(message);
    }

    /** Returns whether the environment variable {@code CI} is {@code true}. */
    public static boolean isCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    private static Optional<String> probe(Peer peer) {
        return switch (peer) {
            case PYFTPDLIB -> probePyftpdlib();
            case VSFTPD -> probeVsftpd();
        };
    }

    private static Optional<String> probePyftpdlib() {
        if (!Files.isExecutable(DEBIAN_PYTHON)) {
            return Optional.of(DEBIAN_PYTHON + " is missing; apt-get install python3");
        }
        if (!succeeds(List.of(DEBIAN_PYTHON.toString(), "-c", "import pyftpdlib"))) {
            return Optional.of(DEBIAN_PYTHON + " cannot import pyftpdlib;"
                    + " apt-get install python3-pyftpdlib");
        }
        return Optional.empty();
    }

    private static Optional<String> probeVsftpd() {
        if (!Files.isExecutable(VSFTPD)) {
            return Optional.of(VSFTPD + " is missing; apt-get install vsftpd");
        }
        if (!Files.isExecutable(TIMEOUT)) {
            return Optional.of(TIMEOUT + " is missing; apt-get install coreutils");
        }
        if (!runningAsRoot()) {
            return Optional.of("vsftpd refuses to start unless run as root (it chroots each"
                    + " session); run the tests as root, as CI does");
        }
        if (!userExists(VsftpdServer.FTP_USER)) {
            return Optional.of("vsftpd serves anonymous sessions as the system user '"
                    + VsftpdServer.FTP_USER + "', which does not exist; the vsftpd package"
                    + " creates it");
        }
        return Optional.empty();
    }

    /** Returns whether this JVM runs with user id 0, read from /proc (Linux only). */
    static boolean runningAsRoot() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Uid:")) {
                    return line.substring(4).trim().split("\\s+")[0].equals("0");
                }
            }
        } catch (IOException e) {
            // No /proc: not Linux, where vsftpd does not run anyway; fall through to false.
        }
        return false;
    }

    private static boolean userExists(String name) {
        try {
            return Files.readAllLines(Path.of("/etc/passwd"), StandardCharsets.UTF_8).stream()
                    .anyMatch(line -> line.startsWith(name + ":"));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean succeeds(List<String> command) {
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!process.waitFor(PROBE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

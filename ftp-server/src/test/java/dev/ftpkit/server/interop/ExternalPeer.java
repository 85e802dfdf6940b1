package dev.ftpkit.server.interop;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * An FTP client we did not write, installed on the machine, that the interop tests run as
 * a child process. The reference server, pyftpdlib, is found by ftp-testkit's fixture.
 *
 * <p>{@link #require()} finds it or stops the test: skipped on a developer machine that
 * lacks it, failed when {@code CI=true}, because there a skipped interop test would hide
 * that nothing was checked.
 */
public enum ExternalPeer {

    CURL("curl", "curl", List.of("--version")),
    LFTP("lftp", "lftp", List.of("--version")),
    /** Debian's interpreter, not a pyenv one on the PATH: only it has the Debian modules. */
    PYTHON_FTPLIB("/usr/bin/python3", "python3", List.of("-c", "import ftplib"));

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(20);
    private static final Map<ExternalPeer, Optional<Path>> FOUND = new ConcurrentHashMap<>();

    private final String program;
    private final String debianPackage;
    private final List<String> probeArguments;

    ExternalPeer(String program, String debianPackage, List<String> probeArguments) {
        this.program = program;
        this.debianPackage = debianPackage;
        this.probeArguments = probeArguments;
    }

    /** Returns the executable, or aborts (fails under {@code CI=true}) the running test. */
    public Path require() {
        Optional<Path> executable = FOUND.computeIfAbsent(this, ExternalPeer::locate);
        if (executable.isPresent()) {
            return executable.get();
        }

        String message = this + " not usable: '" + program + " " + String.join(" ", probeArguments)
                + "' failed or " + program + " is not installed;"
                + " install the Debian package " + debianPackage
                + " (apt-get install " + debianPackage + ")";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message + " (CI=true, so a missing peer is an error, not a skip)");
        }
        Assumptions.abort(message);
        throw new AssertionError("unreachable: Assumptions.abort returned");
    }

    private Optional<Path> locate() {
        return findExecutable().filter(this::probeSucceeds);
    }

    private Optional<Path> findExecutable() {
        Path named = Path.of(program);
        if (named.isAbsolute()) {
            return Optional.of(named).filter(Files::isExecutable);
        }
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return Stream.of(path.split(java.io.File.pathSeparator))
                .filter(directory -> !directory.isEmpty())
                .map(directory -> Path.of(directory, program))
                .filter(Files::isExecutable)
                .findFirst();
    }

    private boolean probeSucceeds(Path executable) {
        Path scratch = createScratch();
        try {
            List<String> command = Stream.concat(Stream.of(executable.toString()),
                    probeArguments.stream()).toList();
            return new ProcessRunner(scratch, PROBE_TIMEOUT).run(command).succeeded();
        } finally {
            deleteScratch(scratch);
        }
    }

    private static Path createScratch() {
        try {
            return Files.createTempDirectory("ftpkit-peer-probe");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a scratch directory to probe peers", e);
        }
    }

    private static void deleteScratch(Path scratch) {
        try (Stream<Path> files = Files.list(scratch)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(scratch);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean up probe directory " + scratch, e);
        }
    }
}

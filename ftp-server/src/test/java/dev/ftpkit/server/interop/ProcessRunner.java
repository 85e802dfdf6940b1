package dev.ftpkit.server.interop;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs an external client to completion under a hard timeout, and kills the whole process
 * tree if it overruns.
 *
 * <p>Output goes to files in a scratch directory rather than pipes: a client that prints a
 * lot can never block on a full pipe, and a grandchild that inherited the pipe cannot keep
 * us waiting for end of stream.
 */
final class ProcessRunner {

    private static final AtomicInteger RUNS = new AtomicInteger();

    private final Path scratch;
    private final Duration timeout;
    private final Map<String, String> environment = new HashMap<>();
    private final List<String> secrets = new ArrayList<>();

    /** Creates a runner that keeps output in {@code scratch} and kills after {@code timeout}. */
    ProcessRunner(Path scratch, Duration timeout) {
        this.scratch = scratch;
        this.timeout = timeout;
    }

    /** Sets a variable in every child's environment. */
    ProcessRunner environment(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** Masks {@code secret} (a password) wherever a {@link ProcessResult} is described. */
    ProcessRunner secret(String secret) {
        secrets.add(secret);
        return this;
    }

    ProcessResult run(String... command) {
        return run(List.of(command));
    }

    /** Runs {@code command} in the scratch directory and waits for it, at most the timeout. */
    ProcessResult run(List<String> command) {
        int run = RUNS.incrementAndGet();
        Path stdout = scratch.resolve("process-" + run + ".out");
        Path stderr = scratch.resolve("process-" + run + ".err");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(scratch.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile());
        builder.environment().putAll(environment);

        long started = System.nanoTime();
        Process process = start(builder);
        boolean finished = waitFor(process);
        if (!finished) {
            ProcessTrees.destroy(process);
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

        int exitCode = process.isAlive() ? -1 : process.exitValue();
        return new ProcessResult(command, exitCode, !finished, elapsed,
                read(stdout), read(stderr), secrets);
    }

    private boolean waitFor(Process process) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            // JUnit's @Timeout interrupts the test thread: kill the client, then give up.
            ProcessTrees.destroy(process);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + process.info(), e);
        }
    }

    private static Process start(ProcessBuilder builder) {
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + builder.command().get(0), e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read captured output " + file, e);
        }
    }
}

package dev.ftpkit.cli.transfer;

import dev.ftpkit.cli.Ftpkit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code ftpkit} in a child JVM, as a user would: the CLI's main class on this test's
 * classpath, in a working directory of the test's, with HOME pointed at a directory of the
 * test's so that no real ~/.netrc is read, and FTP_PASSWORD unset unless given.
 */
final class CliProcess {

    static final Duration TIMEOUT = Duration.ofSeconds(60);

    /**
     * Options that make the short-lived child start faster: C1 only and the serial
     * collector. The CLI runs for a second; C2's work would never pay off.
     */
    static final List<String> FAST_START = List.of("-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC");

    private final Path workingDirectory;
    private final Path home;
    private final Map<String, String> environment = new HashMap<>();

    private CliProcess(Path workingDirectory, Path home) {
        this.workingDirectory = workingDirectory;
        this.home = home;
    }

    /** Returns a runner in {@code workingDirectory} with {@code home} as HOME. */
    static CliProcess in(Path workingDirectory, Path home) {
        return new CliProcess(workingDirectory, home);
    }

    /** Sets an environment variable for the runs. */
    CliProcess env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** Returns the command line that starts {@code ftpkit args} in a child JVM. */
    static List<String> command(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(FAST_START);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                Ftpkit.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /** Runs {@code ftpkit args} with empty standard input and waits for it to end. */
    CliResult run(String... args) {
        return runWithInput(new byte[0], args);
    }

    /** Runs {@code ftpkit args} with {@code input} on standard input. */
    CliResult runWithInput(byte[] input, String... args) {
        try {
            Process process = start(command(args));
            CompletableFuture<String> out = drain(process.getInputStream());
            CompletableFuture<String> err = drain(process.getErrorStream());
            try (var stdin = process.getOutputStream()) {
                stdin.write(input);
            }
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("ftpkit " + String.join(" ", args)
                        + " did not end within " + TIMEOUT);
            }
            return new CliResult(process.exitValue(), out.get(10, TimeUnit.SECONDS),
                    err.get(10, TimeUnit.SECONDS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("running ftpkit " + String.join(" ", args), e);
        }
    }

    /** Starts {@code command} with this runner's directory and environment. */
    Process start(List<String> command) throws IOException {
        Files.createDirectories(home);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        builder.environment().remove(CredentialResolver.PASSWORD_VARIABLE);
        builder.environment().put("HOME", home.toString());
        builder.environment().putAll(environment);
        return builder.start();
    }

    private static CompletableFuture<String> drain(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}

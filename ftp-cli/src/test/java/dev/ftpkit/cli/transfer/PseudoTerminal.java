package dev.ftpkit.cli.transfer;

import dev.ftpkit.testkit.PeerAvailability;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs {@code ftpkit} on a pseudo-terminal, as when a person types the command: under
 * {@code script -qfec CMD /dev/null} from util-linux, whose output is everything the
 * terminal showed, and whose input is what the person types.
 */
final class PseudoTerminal implements AutoCloseable {

    static final Path SCRIPT = Path.of("/usr/bin/script");
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final Process process;
    private final ByteArrayOutputStream shown = new ByteArrayOutputStream();
    private final Thread reader;

    private PseudoTerminal(Process process) {
        this.process = process;
        this.reader = new Thread(this::copyOutput, "pty-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts {@code ftpkit args} through {@code cli} on a terminal. Skips the test when
     * script(1) is missing, or fails it under CI=true.
     */
    static PseudoTerminal start(CliProcess cli, String... args) throws IOException {
        if (!Files.isExecutable(SCRIPT)) {
            String message = SCRIPT + " (util-linux; Debian package bsdutils) is missing, so"
                    + " no pseudo-terminal can be made for the progress bar test";
            if (PeerAvailability.isCi()) {
                Assertions.fail(message + " (CI=true, so this is an error, not a skip)");
            }
            Assumptions.abort(message);
        }
        String command = CliProcess.command(args).stream().map(PseudoTerminal::quoted)
                .collect(Collectors.joining(" "));
        return new PseudoTerminal(cli.start(List.of(SCRIPT.toString(), "-qfec", command,
                "/dev/null")));
    }

    /** Waits until the terminal has shown {@code text}; false when it never did. */
    boolean awaitShown(String text) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline && process.isAlive() && !shown().contains(text)) {
            Thread.sleep(20);
        }
        return shown().contains(text);
    }

    /** Types {@code line} and Enter. */
    void type(String line) throws IOException {
        OutputStream keyboard = process.getOutputStream();
        keyboard.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        keyboard.flush();
    }

    /** Waits for the command to end and returns its exit code. */
    int awaitExit() throws InterruptedException {
        if (!process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the command on the terminal did not end within "
                    + WAIT + "; it showed:\n" + shown());
        }
        reader.join(TimeUnit.SECONDS.toMillis(10));
        return process.exitValue();
    }

    /** Returns everything the terminal showed so far, carriage returns included. */
    String shown() {
        synchronized (shown) {
            return shown.toString(StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private void copyOutput() {
        byte[] buffer = new byte[8192];
        try (InputStream in = process.getInputStream()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                synchronized (shown) {
                    shown.write(buffer, 0, n);
                }
            }
        } catch (IOException e) {
            // The process ended and took its end of the pipe with it; what arrived is kept.
        }
    }

    private static String quoted(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}

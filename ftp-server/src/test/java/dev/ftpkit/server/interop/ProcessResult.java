package dev.ftpkit.server.interop;

import java.time.Duration;
import java.util.List;

/**
 * What an external client process left behind: its exit code and everything it printed.
 *
 * <p>{@link #describe()} is meant for assertion messages, so that a failing interop test
 * shows the client's own account of what went wrong.
 */
record ProcessResult(List<String> command, int exitCode, boolean timedOut, Duration elapsed,
        String stdout, String stderr, List<String> secrets) {

    /** Long outputs are cut in descriptions; the head and tail carry the useful part. */
    private static final int MAX_SHOWN_CHARS = 6_000;

    ProcessResult {
        command = List.copyOf(command);
        secrets = List.copyOf(secrets);
    }

    boolean succeeded() {
        return exitCode == 0 && !timedOut;
    }

    /** Returns this result, or throws an {@link AssertionError} that shows the output. */
    ProcessResult assertSucceeded() {
        if (!succeeded()) {
            throw new AssertionError("external client failed\n" + describe());
        }
        return this;
    }

    /** Returns the command, exit code and both outputs, with passwords masked. */
    String describe() {
        String outcome = timedOut
                ? "killed after " + elapsed.toMillis() + " ms (timeout), exit code " + exitCode
                : "exit code " + exitCode + " after " + elapsed.toMillis() + " ms";
        return mask("command: " + String.join(" ", command) + "\n"
                + outcome + "\n"
                + "--- stdout ---\n" + shorten(stdout) + "\n"
                + "--- stderr ---\n" + shorten(stderr));
    }

    @Override
    public String toString() {
        return describe();
    }

    private String mask(String text) {
        String masked = text;
        for (String secret : secrets) {
            masked = masked.replace(secret, "****");
        }
        return masked;
    }

    private static String shorten(String output) {
        if (output.length() <= MAX_SHOWN_CHARS) {
            return output;
        }
        int half = MAX_SHOWN_CHARS / 2;
        return output.substring(0, half)
                + "\n[... " + (output.length() - MAX_SHOWN_CHARS) + " chars cut ...]\n"
                + output.substring(output.length() - half);
    }
}

package dev.ftpkit.cli.transfer;

/**
 * Keeps the client library's log lines out of a command's output.
 *
 * <p>The library logs each login and each transfer at INFO, which suits a service writing a
 * log; a person running {@code ftpkit get} wants the file, and sees the session with
 * {@code -v} through the transcript instead. slf4j-simple reads a logger's level from the
 * system properties when the logger is created, which for the client's classes happens on
 * first use, after this runs. A level given with {@code -D} is kept.
 */
public final class ClientLogLevel {

    private static final String PROPERTY = "org.slf4j.simpleLogger.log.dev.ftpkit.client";

    private ClientLogLevel() {
    }

    /** Lets only warnings and errors of the client library through. */
    public static void warningsOnly() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, "warn");
        }
    }
}

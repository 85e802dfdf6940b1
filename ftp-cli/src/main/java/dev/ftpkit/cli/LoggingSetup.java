package dev.ftpkit.cli;

import java.util.List;

/**
 * Configures slf4j-simple, the logging backend the CLI ships, through its system properties.
 *
 * <p>slf4j-simple reads these properties once, when the first logger is created, so this runs
 * at the very start of {@code main}. A property the user set with {@code -D} is kept.
 */
final class LoggingSetup {

    private static final String PREFIX = "org.slf4j.simpleLogger.";

    private LoggingSetup() {
    }

    /**
     * Logs ftpkit at INFO, or at DEBUG (every command and reply) when {@code verbose}. Netty
     * stays at INFO either way: its DEBUG lines describe buffers and platform probing, not
     * the FTP session a user is looking at.
     */
    static void configure(boolean verbose) {
        setUnlessGiven("defaultLogLevel", verbose ? "debug" : "info");
        setUnlessGiven("log.io.netty", "info");
        setUnlessGiven("showDateTime", "false");
        setUnlessGiven("showThreadName", "false");
        setUnlessGiven("showShortLogName", "true");
        setUnlessGiven("logFile", "System.err");
    }

    /**
     * Returns whether the command line asks for verbose logging. It is read before picocli
     * parses the arguments (see the class comment); words after "--" are operands, not
     * options, so they do not count.
     */
    static boolean wantsVerbose(String[] args) {
        for (String arg : args) {
            if (arg.equals("--")) {
                return false;
            }
            if (List.of("-v", "--verbose").contains(arg)) {
                return true;
            }
        }
        return false;
    }

    private static void setUnlessGiven(String key, String value) {
        if (System.getProperty(PREFIX + key) == null) {
            System.setProperty(PREFIX + key, value);
        }
    }
}

package dev.ftpkit.cli.transfer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Tells whether a person is watching: standard output and error on a terminal. */
final class Terminal {

    private static final int DEFAULT_COLUMNS = 80;

    private Terminal() {
    }

    /**
     * Returns whether progress may be drawn: the JVM has a console (Java 17 gives one only
     * when standard input and output are terminals) and standard error, where the bar goes,
     * is a terminal too. Standard error is checked through /proc on Linux; elsewhere the
     * console alone decides.
     */
    static boolean isInteractive() {
        return System.console() != null && standardErrorIsTerminal();
    }

    private static boolean standardErrorIsTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        if (!Files.exists(fd.getParent())) {
            return true;
        }
        try {
            String target = Files.readSymbolicLink(fd).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty")
                    || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** Returns the terminal's width from COLUMNS, which shells export, else 80. */
    static int columns(Map<String, String> environment) {
        String columns = environment.get("COLUMNS");
        if (columns != null && columns.matches("\\d{2,4}")) {
            return Integer.parseInt(columns);
        }
        return DEFAULT_COLUMNS;
    }
}

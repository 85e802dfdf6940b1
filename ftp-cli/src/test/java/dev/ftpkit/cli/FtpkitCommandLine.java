package dev.ftpkit.cli;

import picocli.CommandLine;

/** Gives tests in subpackages the command line {@code main} runs, error handling included. */
public final class FtpkitCommandLine {

    private FtpkitCommandLine() {
    }

    /** Returns a fresh {@code ftpkit} command line, as {@code Ftpkit.main} builds it. */
    public static CommandLine create() {
        return Ftpkit.commandLine();
    }
}

package dev.ftpkit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** The result of running a command in-process: its exit code and what it printed. */
record CommandRun(int exitCode, String out, String err) {

    /** Runs {@code ftpkit} with {@code args}, as {@code main} would but without exiting. */
    static CommandRun ftpkit(String... args) {
        return run(Ftpkit.commandLine(), args);
    }

    /** Runs {@code commandLine} with {@code args}, capturing its output. */
    static CommandRun run(CommandLine commandLine, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));

        int exitCode = commandLine.execute(args);

        return new CommandRun(exitCode, out.toString(), err.toString());
    }
}

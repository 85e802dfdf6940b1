package dev.ftpkit.cli.transfer;

import dev.ftpkit.cli.FtpkitCommandLine;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * Runs {@code ftpkit} in the test JVM, for behaviour that needs neither the environment nor
 * a terminal: arguments with the password in the URL, so no netrc file is read.
 */
final class InProcessCli {

    private InProcessCli() {
    }

    /** Runs {@code ftpkit args} and returns what it printed. */
    static CliResult run(String... args) {
        CommandLine commandLine = FtpkitCommandLine.create();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));

        int exitCode = commandLine.execute(args);

        return new CliResult(exitCode, out.toString(), err.toString());
    }
}

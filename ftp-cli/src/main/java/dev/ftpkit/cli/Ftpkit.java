package dev.ftpkit.cli;

import dev.ftpkit.cli.transfer.GetCommand;
import dev.ftpkit.cli.transfer.ListCommand;
import dev.ftpkit.cli.transfer.MakeDirectoryCommand;
import dev.ftpkit.cli.transfer.MirrorCommand;
import dev.ftpkit.cli.transfer.MoveCommand;
import dev.ftpkit.cli.transfer.PutCommand;
import dev.ftpkit.cli.transfer.RemoveCommand;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code ftpkit} command: parses the command line and runs one of its subcommands. */
@Command(name = "ftpkit",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"An FTP toolkit: serve a directory, move files to and from any FTP"
                + " server, and explain what went wrong when a server says no.",
            "",
            "  serve, hash-password          run an FTP server",
            "  ls, get, put, rm, mkdir, mv,  work with files on a server (ftp:// URLs)",
            "  mirror",
            "  explain, lint, probe          reply codes, transcripts, server conformance"},
        subcommands = {Serve.class, HashPassword.class, ExplainCommand.class, LintCommand.class,
            ProbeCommand.class,
            ListCommand.class,
            GetCommand.class,
            PutCommand.class,
            RemoveCommand.class,
            MakeDirectoryCommand.class,
            MoveCommand.class,
            MirrorCommand.class,
            AutoComplete.GenerateCompletion.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Success.",
            "1:The command was understood but failed (each command's --help says how).",
            "2:Usage error: unknown option, malformed value, missing directory or file.",
            "3-5:Transfer commands: 3 connection, 4 login, 5 not found (see their --help)."})
public final class Ftpkit implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    public static void main(String[] args) {
        // Must come first: slf4j-simple fixes every level when the first logger is created,
        // and picocli creates the commands (and their loggers) while building its model.
        LoggingSetup.configure(LoggingSetup.wantsVerbose(args));

        System.exit(commandLine().execute(args));
    }

    /** Returns the command line with ftpkit's error handling, ready to {@code execute}. */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Ftpkit());
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        return commandLine;
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(),
                "Missing a command; see 'ftpkit --help'");
    }
}

package dev.ftpkit.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/**
 * Reports a usage error in one line plus a pointer to {@code --help}, instead of picocli's
 * default of repeating the whole usage text, which buries the one line that matters.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException error, String[] args) {
        CommandLine commandLine = error.getCommandLine();
        PrintWriter err = commandLine.getErr();

        err.println(commandLine.getColorScheme().errorText(
                commandLine.getCommandSpec().qualifiedName() + ": " + error.getMessage()));
        CommandLine.UnmatchedArgumentException.printSuggestions(error, err);
        err.println("Run '" + commandLine.getCommandSpec().qualifiedName()
                + " --help' for the options.");
        err.flush();
        return CommandLine.ExitCode.USAGE;
    }
}

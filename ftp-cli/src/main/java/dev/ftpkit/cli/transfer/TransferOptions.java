package dev.ftpkit.cli.transfer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options every command that talks to a server shares, mixed into each of them. */
final class TransferOptions {

    static final int MAX_PARALLEL = 64;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    @Option(names = "--active",
            description = "Use active data connections (EPRT/PORT): the server connects back "
                    + "to this machine. Default: passive (EPSV/PASV), which firewalls allow.")
    private boolean active;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Give up when connecting, or waiting for a reply or for data, takes "
                    + "longer than this. Default: 10 s to connect, 30 s for the rest.")
    private Integer timeoutSeconds;

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "1",
            description = "Transfer the files of a directory tree over N connections at once "
                    + "(1 to 64). Servers limit sessions per address; 2 to 8 is usually "
                    + "welcome. Default: ${DEFAULT-VALUE}.")
    private int parallel;

    @Option(names = {"-v", "--verbose"},
            description = "Print every command and reply on standard error (PASS masked), "
                    + "with what each error reply means.")
    private boolean verbose;

    @Option(names = "--json",
            description = "Print the result, or the error, as JSON on standard output.")
    private boolean json;

    @Option(names = {"-q", "--quiet"},
            description = "Print no progress bar and no summary; errors are still printed.")
    private boolean quiet;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
    private boolean help;

    @Option(names = "--netrc-file", paramLabel = "FILE",
            description = "Read logins from FILE instead of ~/.netrc.")
    private Path netrcFile;

    /** Returns whether data connections are active. */
    boolean active() {
        return active;
    }

    /** Returns the timeout the user asked for, if any. */
    Optional<Duration> timeout() {
        if (timeoutSeconds == null) {
            return Optional.empty();
        }
        if (timeoutSeconds < 1) {
            throw new ParameterException(mixee.commandLine(),
                    "--timeout must be at least 1 second, not " + timeoutSeconds);
        }
        return Optional.of(Duration.ofSeconds(timeoutSeconds));
    }

    /** Returns the number of connections for tree transfers, checked to be 1 to 64. */
    int parallel() {
        if (parallel < 1 || parallel > MAX_PARALLEL) {
            throw new ParameterException(mixee.commandLine(),
                    "--parallel must be 1 to " + MAX_PARALLEL + ", not " + parallel);
        }
        return parallel;
    }

    /** Returns whether to print the transcript. */
    boolean verbose() {
        return verbose;
    }

    /** Returns whether results and errors are printed as JSON. */
    boolean json() {
        return json;
    }

    /** Returns whether progress and summaries are left out. */
    boolean quiet() {
        return quiet;
    }

    /** Returns the netrc file the user named, if any. */
    Optional<Path> netrcFile() {
        return Optional.ofNullable(netrcFile);
    }
}

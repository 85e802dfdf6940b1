package dev.ftpkit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ftpkit.client.FtpException;
import dev.ftpkit.client.probe.CheckResult;
import dev.ftpkit.client.probe.ProbeSettings;
import dev.ftpkit.client.probe.Scorecard;
import dev.ftpkit.client.probe.ScorecardText;
import dev.ftpkit.client.probe.ServerProbe;
import dev.ftpkit.cli.transfer.ClientLogLevel;
import dev.ftpkit.cli.transfer.CredentialResolver;
import dev.ftpkit.cli.transfer.Credentials;
import dev.ftpkit.cli.transfer.FtpUrl;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ftpkit probe}: connects to an FTP server, runs the probe's conformance checks and
 * prints the scorecard.
 */
@Command(name = "probe",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Checks how an FTP server follows the RFCs: the greeting and FEAT formats, "
                    + "commands sent out of order on purpose (PASS before USER, RNTO without "
                    + "RNFR, a transfer without a data connection ...), PASV, EPSV, MLST, MLSD, "
                    + "SIZE and MDTM replies, UTF-8, TLS, NOOP, STAT, HELP and QUIT. Each check "
                    + "ends PASS, WARN (allowed but discouraged, or servers disagree), FAIL or "
                    + "SKIP (not offered).",
            "",
            "Read-only unless --write is given. The password comes, as for the transfer "
                    + "commands, from the URL, the FTP_PASSWORD environment variable, ~/.netrc "
                    + "or a prompt on the terminal, and is never printed; without a user the "
                    + "login is anonymous. -v shows the client's log lines too.",
            "",
            "Example: FTP_PASSWORD=... ftpkit probe ftp://alice@ftp.example.org/",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Every check passed, warned or was skipped.",
            "1:At least one check failed.",
            "2:Usage error, or the server could not be reached or refused the login."})
final class ProbeCommand implements Callable<Integer> {

    /** The environment variable that holds the password when the URL does not. */
    static final String PASSWORD_VARIABLE = "FTP_PASSWORD";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "URL",
            description = "The server, as ftp://[user[:password]@]host[:port][/directory]. "
                    + "The directory is relative to the login directory; the probe works "
                    + "there.")
    private String url;

    @Option(names = "--write",
            description = "Also run the checks that write: create a uniquely named scratch "
                    + "folder in the directory, upload two small files, rename one, and "
                    + "remove the folder at the end.")
    private boolean write;

    @Option(names = "--json", description = "Print the scorecard as JSON, for scripts.")
    private boolean json;

    @Option(names = "--details",
            description = "Show what was sent and received for every check, not only for "
                    + "those that did not pass.")
    private boolean details;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "How long to wait for a connection and for each reply. Default: "
                    + "${DEFAULT-VALUE}.")
    private int timeoutSeconds;

    @Option(names = "--data-wait", paramLabel = "SECONDS", defaultValue = "3",
            description = "How long a transfer sent without a data connection may go "
                    + "unanswered before the server counts as waiting for one. Default: "
                    + "${DEFAULT-VALUE}.")
    private int dataWaitSeconds;

    @Option(names = "--width", paramLabel = "COLUMNS", defaultValue = "100",
            description = "Wrap the text at this many columns. Default: ${DEFAULT-VALUE}.")
    private int width;

    @Option(names = {"-v", "--verbose"},
            description = "Log every command and reply to standard error (passwords masked).")
    private boolean verbose;

    private final Map<String, String> environment;

    /** Reads the password variable from the process's environment. */
    ProbeCommand() {
        this(System.getenv());
    }

    /** Reads the password variable from {@code environment}. */
    ProbeCommand(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    @Override
    public Integer call() throws Exception {
        if (!verbose) {
            ClientLogLevel.warningsOnly();
        }
        ProbeSettings settings = settings();
        Scorecard scorecard;
        try {
            scorecard = ServerProbe.run(settings);
        } catch (FtpException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("ftpkit probe: " + settings.target() + ": " + e.getMessage());
            err.flush();
            return CommandLine.ExitCode.USAGE;
        }

        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JSON.writeValueAsString(toJson(scorecard)));
        } else {
            out.print(ScorecardText.render(scorecard, width, details));
        }
        out.flush();
        return scorecard.hasFailures() ? 1 : CommandLine.ExitCode.OK;
    }

    private ProbeSettings settings() {
        FtpUrl target;
        try {
            target = FtpUrl.parse(url);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (timeoutSeconds < 1 || dataWaitSeconds < 1) {
            throw new ParameterException(spec.commandLine(),
                    "--timeout and --data-wait must be at least 1 second");
        }
        Credentials login = credentials(target);
        Duration timeout = Duration.ofSeconds(timeoutSeconds);
        return ProbeSettings.of(target.host(), target.port(), login.user(), login.password())
                .withDirectory(directory(target.path()))
                .withWrite(write)
                .withTimeouts(timeout, timeout)
                .withDataWait(Duration.ofSeconds(dataWaitSeconds));
    }

    /** Finds the password as the transfer commands do: URL, FTP_PASSWORD, netrc, prompt. */
    private Credentials credentials(FtpUrl target) {
        PrintWriter err = spec.commandLine().getErr();
        CredentialResolver resolver = CredentialResolver.standard(environment, warning -> {
            err.println("ftpkit probe: " + warning);
            err.flush();
        });
        try {
            return resolver.resolve(target);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** Returns the URL's path as the directory to probe: "" for the login directory. */
    private static String directory(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1)
                : path;
    }

    private static ObjectNode toJson(Scorecard scorecard) {
        ObjectNode root = JSON.createObjectNode();
        root.put("target", scorecard.target());
        root.put("write", scorecard.write());
        ArrayNode checks = root.putArray("checks");
        for (CheckResult result : scorecard.results()) {
            ObjectNode node = checks.addObject();
            node.put("id", result.id());
            node.put("title", result.title());
            node.put("verdict", result.verdict().name());
            strings(node.putArray("sent"), result.sent());
            node.put("expected", result.expected());
            strings(node.putArray("received"), result.received());
            node.put("note", result.note());
            strings(node.putArray("serverNotes"), result.serverNotes());
        }
        ObjectNode summary = root.putObject("summary");
        scorecard.counts().forEach((verdict, count) ->
                summary.put(verdict.name().toLowerCase(Locale.ROOT), count));
        return root;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}

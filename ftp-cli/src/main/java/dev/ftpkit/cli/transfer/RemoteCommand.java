package dev.ftpkit.cli.transfer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ftpkit.client.FtpClient;
import dev.ftpkit.client.FtpClientBuilder;
import dev.ftpkit.client.FtpException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * What every command that talks to a server shares: the options, connecting with the
 * credentials found for a URL, the transcript, progress, and turning a failure into a
 * message and an exit code.
 *
 * <p>Results go to standard output (listings, summaries, JSON); progress, the transcript and
 * errors go to standard error, except that with {@code --json} an error is a JSON object on
 * standard output instead, so a script reads exactly one document either way.
 */
abstract class RemoteCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    TransferOptions options;

    private final Map<FtpUrl, Credentials> credentials = new HashMap<>();
    private final OpenClients openClients = new OpenClients();

    @Override
    public final Integer call() {
        ClientLogLevel.warningsOnly();
        openClients.guardShutdown();
        try {
            return execute();
        } catch (ParameterException e) {
            throw e;
        } catch (Exception e) {
            return fail(e);
        } finally {
            openClients.release();
        }
    }

    /** Runs the command and returns its exit code; failures are thrown, not printed. */
    abstract int execute() throws Exception;

    /** Returns the command's name, such as "get", for messages. */
    String name() {
        return spec.name();
    }

    /** Reads {@code text} as an FTP URL; a malformed one is a usage error. */
    FtpUrl url(String text) {
        try {
            return FtpUrl.parse(text);
        } catch (IllegalArgumentException e) {
            throw usageError(e.getMessage());
        }
    }

    /** Returns the usage error {@code message}, which picocli prints with a pointer to --help. */
    ParameterException usageError(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** Connects to the server of {@code url} and logs in. */
    FtpClient connect(FtpUrl url) throws IOException {
        return connect(clients(url));
    }

    /**
     * Connects a client from {@code builder}, to be aborted (its upload reset, not
     * completed) if the JVM shuts down while the command runs.
     */
    FtpClient connect(FtpClientBuilder builder) throws IOException {
        return openClients.track(builder.connect());
    }

    /**
     * Returns a builder that connects to the server of {@code url} with its credentials and
     * the options given, for commands that open several connections.
     */
    FtpClientBuilder clients(FtpUrl url) throws IOException {
        Optional<Duration> timeout = options.timeout();
        Credentials login = credentials(url);
        FtpClientBuilder builder = FtpClient.builder()
                .host(url.host())
                .port(url.port())
                .credentials(login.user(), login.password());
        if (options.active()) {
            builder.active();
        }
        timeout.ifPresent(limit -> builder.connectTimeout(limit).readTimeout(limit)
                .dataTimeout(limit));
        if (options.verbose()) {
            builder.transcript(new VerboseTranscript(err()));
        }
        return builder;
    }

    /** Returns the credentials for {@code url}, asking at most once per URL. */
    Credentials credentials(FtpUrl url) throws IOException {
        FtpUrl server = url.withPath("");
        Credentials known = credentials.get(server);
        if (known == null) {
            known = resolver().resolve(server);
            credentials.put(server, known);
        }
        return known;
    }

    private CredentialResolver resolver() {
        Map<String, String> environment = System.getenv();
        Optional<Path> netrc = options.netrcFile()
                .or(() -> CredentialResolver.defaultNetrc(environment));
        PasswordPrompt prompt = System.console() != null ? PasswordPrompt.console()
                : PasswordPrompt.NONE;
        return new CredentialResolver(environment, netrc, options.netrcFile().isPresent(),
                prompt, warning -> {
                    err().println("ftpkit " + name() + ": " + warning);
                    err().flush();
                });
    }

    /**
     * Returns a progress bar for a transfer of {@code label}, or nothing visible when not on
     * a terminal, or with --quiet or --json.
     */
    TransferProgress progress(String label, long total, long offset) {
        if (!showsProgress()) {
            return TransferProgress.NONE;
        }
        return new ProgressBar(err(), label, total, offset, System::nanoTime,
                Terminal.columns(System.getenv()));
    }

    /** Returns whether a progress bar is drawn, so the size is worth asking for. */
    boolean showsProgress() {
        return !options.quiet() && !options.json() && Terminal.isInteractive();
    }

    /**
     * Prints a result: {@code json} with --json, else {@code text} unless --quiet. Text
     * results that are the point of the command, such as a listing, use {@link #out()}.
     */
    void result(ObjectNode json, String text) {
        if (options.json()) {
            out().println(Json.write(json));
        } else if (!options.quiet() && !text.isEmpty()) {
            out().println(text);
        }
        out().flush();
    }

    /** Returns the JSON fields every transfer result has. */
    static ObjectNode transferJson(String operation, String source, String destination,
            long bytes, Duration elapsed) {
        ObjectNode node = Json.object();
        node.put("operation", operation);
        node.put("source", source);
        node.put("destination", destination);
        node.put("bytes", bytes);
        node.put("millis", elapsed.toMillis());
        node.put("bytesPerSecond", bytesPerSecond(bytes, elapsed));
        return node;
    }

    /** Returns "1.2 MiB in 0.35 s (3.4 MiB/s)". */
    static String amount(long bytes, Duration elapsed) {
        return Units.bytes(bytes) + " in " + Units.seconds(elapsed) + " ("
                + Units.rate(bytesPerSecond(bytes, elapsed)) + ")";
    }

    private static long bytesPerSecond(long bytes, Duration elapsed) {
        return elapsed.isZero() ? bytes : Math.round(bytes / (elapsed.toNanos() / 1e9));
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    private int fail(Exception failure) {
        ErrorReport report = ErrorReport.of(failure);
        if (options.json()) {
            out().println(Json.write(report.toJson()));
            out().flush();
        } else {
            err().println("ftpkit " + name() + ": " + report.toText());
            err().flush();
        }
        return report.exitCode();
    }

    /**
     * Returns the failure for a path that is a directory where a file was expected, such
     * as "ftp://host/a is a directory; add -r to delete it with everything in it".
     */
    static FtpException isADirectory(String shown, String what) {
        return new FtpException(shown + " is a directory; add -r to " + what
                + " it with everything in it");
    }
}

package dev.ftpkit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ftpkit.protocol.diagnostics.DiagnosticsText;
import dev.ftpkit.protocol.diagnostics.Finding;
import dev.ftpkit.protocol.diagnostics.SequenceChecker;
import dev.ftpkit.protocol.diagnostics.Severity;
import dev.ftpkit.protocol.diagnostics.transcript.Secrets;
import dev.ftpkit.protocol.diagnostics.transcript.Transcript;
import dev.ftpkit.protocol.diagnostics.transcript.TranscriptEntry;
import dev.ftpkit.protocol.diagnostics.transcript.TranscriptFormat;
import dev.ftpkit.protocol.diagnostics.transcript.TranscriptParser;
import dev.ftpkit.protocol.diagnostics.transcript.UnrecognisedTranscriptException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ftpkit lint}: reads a log of an FTP session and reports commands sent out of order
 * and replies that contradict the RFC, with the rule, the fix and how servers differ.
 */
@Command(name = "lint",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Checks the order of commands in an FTP session log against the rules ftpkit's "
                    + "server enforces, and explains every failed reply.",
            "",
            "Reads curl -v, lftp -d, Python ftplib debug output, Commons Net "
                    + "PrintCommandListener, FileZilla logs, vsftpd log_ftp_protocol, ProFTPD "
                    + "TraceLog and Pure-FTPd debug syslog; the format is detected. Passwords "
                    + "are never printed.",
            "",
            "Example: curl -v ftp://host/file 2> session.log; ftpkit lint session.log",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:No errors or warnings (notes explaining failed replies may be printed).",
            "1:Errors or warnings found.",
            "2:The input could not be read or is in no known format, or a usage error."})
final class LintCommand implements Callable<Integer> {

    /** The most characters lint reads: 64 MiB, a million lines of a verbose log. */
    static final long MAX_INPUT_CHARS = 64L * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);
    private static final String STDIN = "-";

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..1", defaultValue = STDIN,
            description = "The session log to check; '-' or nothing reads standard input.")
    private String file;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Read the log as this format instead of detecting it: curl, lftp, "
                    + "ftplib, commons-net, filezilla, vsftpd, proftpd or pure-ftpd.")
    private String format;

    @Option(names = "--json", description = "Print the findings as JSON, for scripts.")
    private boolean json;

    @Option(names = "--width", paramLabel = "COLUMNS", defaultValue = "100",
            description = "Wrap the text at this many columns. Default: ${DEFAULT-VALUE}.")
    private int width;

    private final InputStream stdin;

    /** Reads standard input when the file is '-'. */
    LintCommand() {
        this(System.in);
    }

    /** Reads {@code stdin} when the file is '-'. */
    LintCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws IOException {
        TranscriptFormat forced = forcedFormat();
        List<String> lines;
        try (Reader reader = open()) {
            lines = TranscriptParser.readLines(reader);
        } catch (IOException e) {
            return fail("cannot read " + source() + ": " + reason(e));
        }

        Transcript transcript;
        try {
            transcript = forced != null ? TranscriptParser.parse(lines, forced)
                    : TranscriptParser.parse(lines);
        } catch (UnrecognisedTranscriptException e) {
            return fail(source() + ": " + e.getMessage() + "; name one with --format");
        }

        List<Finding> findings = SequenceChecker.check(transcript);
        if (json) {
            printJson(transcript, findings);
        } else {
            printText(transcript, findings);
        }
        return findings.stream().anyMatch(Finding::isProblem) ? 1 : CommandLine.ExitCode.OK;
    }

    private TranscriptFormat forcedFormat() {
        if (format == null) {
            return null;
        }
        return TranscriptFormat.byId(format).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "unknown format '" + format + "'; use one of "
                        + Arrays.stream(TranscriptFormat.values()).map(TranscriptFormat::id)
                                .collect(Collectors.joining(", "))));
    }

    // Logs are mostly UTF-8, but old servers log file names in Latin-1; a bad byte becomes
    // U+FFFD instead of stopping the lint. The transcript is held whole, so its size is
    // bounded: far above any session log, well below a default heap.
    private Reader open() throws IOException {
        InputStream in = STDIN.equals(file) ? stdin : Files.newInputStream(Path.of(file));
        return new BoundedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)), MAX_INPUT_CHARS);
    }

    private void printText(Transcript transcript, List<Finding> findings) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(source());
        out.println("  read as " + transcript.format().title() + ": "
                + plural(count(transcript, TranscriptEntry.Sent.class), "command") + ", "
                + plural(count(transcript, TranscriptEntry.Received.class), "reply"));
        for (Finding finding : findings) {
            out.println();
            out.print(DiagnosticsText.render(finding, Math.max(width, 40)));
        }
        out.println();
        out.println(summary(findings));
        out.flush();
    }

    private void printJson(Transcript transcript, List<Finding> findings) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("source", source());
        root.put("format", transcript.format().id());
        root.put("commands", count(transcript, TranscriptEntry.Sent.class));
        root.put("replies", count(transcript, TranscriptEntry.Received.class));
        ArrayNode array = root.putArray("findings");
        for (Finding finding : findings) {
            ObjectNode node = array.addObject();
            node.put("severity", finding.severity().name());
            node.put("kind", finding.kind().name());
            node.put("line", finding.lineNumber());
            node.put("command", finding.command());
            node.put("reply", finding.reply());
            node.put("message", finding.message());
            node.put("rule", finding.rule());
            node.put("fix", finding.fix());
            ArrayNode servers = node.putArray("serverDifferences");
            finding.serverDifferences().forEach(servers::add);
        }
        ObjectNode totals = root.putObject("summary");
        for (Severity severity : Severity.values()) {
            totals.put(severity.name().toLowerCase(Locale.ROOT),
                    findings.stream().filter(f -> f.severity() == severity).count());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(JSON.writeValueAsString(root));
        out.flush();
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : Secrets.mask(e.getMessage());
    }

    private static String summary(List<Finding> findings) {
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        long notes = findings.stream().filter(f -> f.severity() == Severity.INFO).count();
        if (errors + warnings == 0) {
            return "No errors or warnings: every command came in an order the rules allow ("
                    + plural(notes, "note") + ").";
        }
        return plural(errors, "error") + ", " + plural(warnings, "warning") + ", "
                + plural(notes, "note") + ".";
    }

    private static String plural(long count, String noun) {
        if (count == 1) {
            return "1 " + noun;
        }
        return count + " " + (noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies"
                : noun + "s");
    }

    private static long count(Transcript transcript, Class<? extends TranscriptEntry> type) {
        return transcript.entries().stream().filter(type::isInstance).count();
    }

    private String source() {
        return STDIN.equals(file) ? "standard input" : Secrets.mask(file);
    }

    private int fail(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("ftpkit lint: " + message);
        err.flush();
        return CommandLine.ExitCode.USAGE;
    }
}

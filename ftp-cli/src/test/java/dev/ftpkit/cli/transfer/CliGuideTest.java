package dev.ftpkit.cli.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every {@code $ ftpkit ...} line of docs/cli.md, in order, in a child JVM against
 * ftpkit's server, and compares what it printed with what the guide shows.
 *
 * <p>The guide's host {@code ftp.example.com} is this test's server, its working directory
 * {@code /home/alice} a temp directory, and ~/.netrc holds alice's password as the guide
 * says. Durations and rates differ from run to run, so both sides have them replaced by
 * placeholders; JSON is compared as a tree with {@code millis} and {@code bytesPerSecond}
 * left out. A line "..." in the guide stands for any number of lines.
 */
@Timeout(120)
class CliGuideTest {

    private static final Path GUIDE = Path.of("../docs/cli.md");
    private static final String HOST = "ftp.example.com";
    private static final String WORK = "/home/alice";
    private static final String PROMPT = "$ ";
    private static final String EXIT_STATUS = "; echo $?";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path scratch;

    @TempDir
    Path work;

    private TestServer server;
    private CliProcess cli;

    @BeforeEach
    void arrangeTheGuidesWorld() throws IOException {
        server = TestServer.start(scratch);
        Path inbox = Files.createDirectories(server.localHome().resolve("inbox"));
        write(inbox.resolve("orders.csv"), "id,customer,total\n".repeat(120),
                "2025-03-01T09:30:00Z");
        write(inbox.resolve("returns.csv"), "id,order,reason\n".repeat(19),
                "2025-03-01T09:45:00Z");

        Files.writeString(work.resolve("report.csv"), "month,total\n2025-02,4180\n");
        Files.createDirectories(work.resolve("site/css"));
        Files.createDirectories(work.resolve("downloads"));
        Files.writeString(work.resolve("site/index.html"), "<!doctype html>\n".repeat(40));
        Files.writeString(work.resolve("site/css/main.css"), "body { margin: 0 }\n".repeat(30));

        Path netrc = Files.createDirectories(scratch.resolve("user-home")).resolve(".netrc");
        Files.writeString(netrc, "machine 127.0.0.1 login alice password \""
                + TestServer.PASSWORD + "\"\n");
        Files.setPosixFilePermissions(netrc, PosixFilePermissions.fromString("rw-------"));
        cli = CliProcess.in(work, scratch.resolve("user-home"));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void everyCommandInTheGuidePrintsWhatTheGuideShows() throws IOException {
        List<Example> examples = examples(Files.readAllLines(GUIDE));

        for (Example example : examples) {
            String printed = run(example.command());

            assertMatches(example, printed);
        }
        assertThat(examples).as("commands in the guide").hasSizeGreaterThanOrEqualTo(15);
    }

    private String run(String commandLine) {
        boolean showsStatus = commandLine.endsWith(EXIT_STATUS);
        List<String> words = ShellWords.split(showsStatus
                ? commandLine.substring(0, commandLine.length() - EXIT_STATUS.length())
                : commandLine);
        CliProcess process = cli;
        while (words.get(0).matches("[A-Z_]+=.*")) {
            String[] assignment = words.remove(0).split("=", 2);
            process = CliProcess.in(work, scratch.resolve("user-home"))
                    .env(assignment[0], assignment[1]);
        }
        assertThat(words.remove(0)).as(commandLine).isEqualTo("ftpkit");
        String[] args = words.stream()
                .map(word -> word.replace(HOST, server.host() + ":" + server.port()))
                .toArray(String[]::new);

        CliResult result = process.run(args);

        String printed = result.out() + result.err() + (showsStatus ? result.exitCode() + "\n"
                : "");
        // A failure must show in the guide: by "; echo $?", or in the JSON error's exitCode.
        boolean failureShown = showsStatus
                || printed.contains("\"exitCode\" : " + result.exitCode());
        assertThat(result.exitCode() == 0 || failureShown).as(commandLine + "\n" + printed)
                .isTrue();
        // Messages that name only the host, such as "no password for bob at 127.0.0.1".
        return printed.replace(server.host() + ":" + server.port(), HOST)
                .replace(server.host(), HOST)
                .replace(work.toString(), WORK);
    }

    private static void assertMatches(Example example, String printed) throws IOException {
        if (!example.output().isEmpty() && example.output().get(0).startsWith("{")) {
            assertThat(withoutTimes(JSON.readTree(printed))).as(example.command())
                    .isEqualTo(withoutTimes(JSON.readTree(String.join("\n",
                            example.output()))));
            return;
        }
        List<String> actual = printed.lines().map(CliGuideTest::withoutTimes).toList();
        List<String> shown = example.output().stream().map(CliGuideTest::withoutTimes)
                .toList();
        assertThat(matches(shown, actual)).as("%s%nguide shows:%n%s%nprinted:%n%s",
                example.command(), String.join("\n", shown), String.join("\n", actual))
                .isTrue();
    }

    /** Returns whether {@code actual} is {@code shown}, a "..." line standing for any lines. */
    static boolean matches(List<String> shown, List<String> actual) {
        if (shown.isEmpty()) {
            return actual.isEmpty();
        }
        if (shown.get(0).equals("...")) {
            for (int skip = 0; skip <= actual.size(); skip++) {
                if (matches(shown.subList(1, shown.size()), actual.subList(skip,
                        actual.size()))) {
                    return true;
                }
            }
            return false;
        }
        return !actual.isEmpty() && shown.get(0).equals(actual.get(0))
                && matches(shown.subList(1, shown.size()), actual.subList(1, actual.size()));
    }

    private static String withoutTimes(String line) {
        return line.replaceAll("\\d+(\\.\\d+)? [KMG]?i?B/s", "<rate>")
                .replaceAll("\\d+\\.\\d\\d s\\b", "<seconds>");
    }

    private static JsonNode withoutTimes(JsonNode json) {
        if (json instanceof ObjectNode object) {
            object.remove(List.of("millis", "bytesPerSecond"));
        }
        return json;
    }

    /** Returns each "$ " line of the console blocks with the lines it should print. */
    private static List<Example> examples(List<String> guide) {
        List<Example> examples = new ArrayList<>();
        boolean inConsole = false;
        Iterator<String> lines = guide.iterator();
        Example current = null;
        while (lines.hasNext()) {
            String line = lines.next();
            if (line.equals("```console")) {
                inConsole = true;
            } else if (line.equals("```")) {
                inConsole = false;
                current = null;
            } else if (inConsole && line.startsWith(PROMPT)) {
                current = new Example(line.substring(PROMPT.length()), new ArrayList<>());
                examples.add(current);
            } else if (inConsole && current != null) {
                current.output().add(line);
            }
        }
        return examples;
    }

    private static void write(Path file, String text, String modified) throws IOException {
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse(modified)));
    }

    /** One command of the guide and the lines shown after it. */
    private record Example(String command, List<String> output) {
    }
}

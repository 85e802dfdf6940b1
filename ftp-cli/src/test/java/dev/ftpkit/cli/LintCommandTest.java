package dev.ftpkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@Timeout(30)
class LintCommandTest {

    private static final String SECRET = "Tr0ub4dor-cli";

    /** curl -v of a client that sent PASS first; line 4 is the PASS. */
    private static final String PASS_BEFORE_USER = String.join("\n",
            "*   Trying 127.0.0.1:2121...",
            "* Connected to 127.0.0.1 (127.0.0.1) port 2121 (#0)",
            "< 220 (vsFTPd 3.0.3)",
            "> PASS " + SECRET,
            "< 503 Login with USER first.",
            "* Closing connection 0", "");

    private static final String CLEAN = String.join("\n",
            "* Connecting to ftp://alice:" + SECRET + "@127.0.0.1:2121/",
            "< 220 Service ready",
            "> USER alice",
            "< 331 Password required",
            "> PASS " + SECRET,
            "< 230 Logged in",
            "> EPSV",
            "< 229 Entering Extended Passive Mode (|||40001|)",
            "> RETR missing.txt",
            "< 550 No such file",
            "> QUIT",
            "< 221 Goodbye", "");

    @TempDir
    Path dir;

    @Test
    void namesTheLineOfPassBeforeUserAndSaysToSendUserFirst() throws IOException {
        CommandRun run = CommandRun.ftpkit("lint", write("session.log", PASS_BEFORE_USER));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("read as curl -v: 1 command, 2 replies",
                "line 4: ERROR sequence",
                "command: PASS ****", "reply: 503 Login with USER first.",
                "fix: Send USER <name>, wait for 331, then send PASS",
                "Pure-FTPd 1.0: 530 Please tell me who you are", "1 error, 0 warnings");
    }

    @Test
    void exitsZeroWhenOnlyNotesAreFound() throws IOException {
        CommandRun run = CommandRun.ftpkit("lint", write("clean.log", CLEAN));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("line 10: INFO negative reply", "No errors or warnings");
    }

    @Test
    void readsStandardInputForADash() {
        CommandRun run = lintWithStdin(PASS_BEFORE_USER, "-");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("standard input\n  read as curl -v");
    }

    @Test
    void readsStandardInputWhenNoFileIsNamed() {
        CommandRun run = lintWithStdin(CLEAN);

        assertThat(run.exitCode()).isZero();
    }

    @Test
    void exitsTwoForInputInNoKnownFormat() throws IOException {
        CommandRun run = CommandRun.ftpkit("lint", write("mail.txt", "Hi,\nit failed.\n"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("in any known format", "--format");
    }

    @Test
    void exitsTwoForAMissingFile() {
        CommandRun run = CommandRun.ftpkit("lint", dir.resolve("absent.log").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("cannot read", "no such file");
    }

    @Test
    void exitsTwoForAnUnknownFormat() throws IOException {
        CommandRun run = CommandRun.ftpkit("lint", "--format", "wireshark",
                write("session.log", CLEAN));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown format 'wireshark'", "pure-ftpd");
    }

    @Test
    void readsTheFormatItIsToldTo() throws IOException {
        CommandRun run = CommandRun.ftpkit("lint", "--format", "lftp",
                write("session.log", CLEAN));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("read as lftp -d: 0 commands, 0 replies");
    }

    @Test
    void printsFindingsAsJsonThatJacksonReadsBack() throws Exception {
        CommandRun run = CommandRun.ftpkit("lint", "--json",
                write("session.log", PASS_BEFORE_USER));

        JsonNode json = new ObjectMapper().readTree(run.out());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(json.get("format").asText()).isEqualTo("curl");
        JsonNode finding = json.get("findings").get(0);
        assertThat(finding.get("severity").asText()).isEqualTo("ERROR");
        assertThat(finding.get("line").asInt()).isEqualTo(4);
        assertThat(finding.get("fix").asText()).startsWith("Send USER");
        assertThat(json.get("summary").get("error").asInt()).isEqualTo(1);
    }

    @Test
    void neverPrintsAPassword() throws IOException {
        String file = write("session.log", CLEAN + PASS_BEFORE_USER);

        CommandRun text = CommandRun.ftpkit("lint", file);
        CommandRun json = CommandRun.ftpkit("lint", "--json", file);
        CommandRun forced = CommandRun.ftpkit("lint", "--format", "commons-net", file);
        CommandRun url = CommandRun.ftpkit("lint", "ftp://alice:" + SECRET + "@host/x.log");

        for (CommandRun run : new CommandRun[] {text, json, forced, url}) {
            assertThat(run.out() + run.err()).doesNotContain(SECRET);
        }
        assertThat(text.out()).contains("PASS ****");
    }

    @Test
    void inputLargerThanTheLimitIsRefusedWithoutReadingItAll() {
        // 256 MiB of one endless line, made on the fly: reading it whole would exhaust
        // the heap of a small JVM.
        InputStream endless = new InputStream() {
            private long left = 256L * 1024 * 1024;

            @Override
            public int read() {
                return left-- > 0 ? 'A' : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                Arrays.fill(buffer, offset, offset + n, (byte) 'A');
                left -= n;
                return n;
            }
        };
        LintCommand lint = new LintCommand(endless);

        CommandRun run = CommandRun.run(new CommandLine(lint), "-");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("ftpkit lint: cannot read standard input",
                "larger than");
    }

    @Test
    void binaryInputIsReportedAsNoTranscript() {
        byte[] bytes = new byte[64 * 1024];
        new Random(7).nextBytes(bytes);
        LintCommand lint = new LintCommand(new ByteArrayInputStream(bytes));

        CommandRun run = CommandRun.run(new CommandLine(lint), "-");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("reads as an FTP command or reply");
    }

    @Test
    void emptyInputIsReportedAsNoTranscript() {
        CommandRun run = lintWithStdin("", "-");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("ftpkit lint:");
    }

    @Test
    void crlfAndLfLinesGiveTheSameFindings() {
        CommandRun lf = lintWithStdin(PASS_BEFORE_USER, "-");
        CommandRun crlf = lintWithStdin(PASS_BEFORE_USER.replace("\n", "\r\n"), "-");

        assertThat(crlf.exitCode()).isEqualTo(lf.exitCode()).isEqualTo(1);
        assertThat(crlf.out()).isEqualTo(lf.out());
    }

    @Test
    void helpListsBothDiagnosticCommands() {
        CommandRun run = CommandRun.ftpkit("--help");

        assertThat(run.out()).contains("explain", "lint");
    }

    private String write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8).toString();
    }

    private static CommandRun lintWithStdin(String input, String... args) {
        LintCommand lint = new LintCommand(
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        CommandLine commandLine = new CommandLine(lint);
        return CommandRun.run(commandLine, args);
    }
}

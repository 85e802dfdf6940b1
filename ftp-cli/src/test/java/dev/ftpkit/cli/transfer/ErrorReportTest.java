package dev.ftpkit.cli.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ftpkit.client.FtpConnectionException;
import dev.ftpkit.client.FtpException;
import dev.ftpkit.client.FtpFileNotFoundException;
import dev.ftpkit.protocol.reply.Reply;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class ErrorReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void refusedCommandGivesCodeTextExplanationAndCommand() throws IOException {
        ErrorReport report = ErrorReport.of(new FtpFileNotFoundException("RETR a.txt", "a.txt",
                Reply.of(550, "a.txt: No such file")));

        JsonNode json = JSON.readTree(Json.write(report.toJson()));

        assertThat(json.path("exitCode").asInt()).isEqualTo(5);
        JsonNode error = json.path("error");
        assertThat(error.path("code").asInt()).isEqualTo(550);
        assertThat(error.path("text").asText()).isEqualTo("a.txt: No such file");
        assertThat(error.path("command").asText()).isEqualTo("RETR a.txt");
        assertThat(error.path("explanation").asText()).startsWith("Requested action not taken");
        assertThat(error.path("message").asText()).contains("RETR a.txt refused: 550");
    }

    @Test
    void failureWithoutReplyHasNullCodeAndAdvice() throws IOException {
        ErrorReport report = ErrorReport.of(new FtpConnectionException(
                "cannot connect to 127.0.0.1:1: Connection refused"));

        JsonNode error = JSON.readTree(Json.write(report.toJson())).path("error");

        assertThat(error.path("code").isNull()).isTrue();
        assertThat(error.path("command").isNull()).isTrue();
        assertThat(error.path("explanation").asText()).contains("check the host and port");
    }

    @Test
    void replyInsideAWrapperIsFound() {
        ErrorReport report = ErrorReport.of(new FtpException("tree download failed for 1 of 3",
                new FtpFileNotFoundException("RETR b", "b", Reply.of(550, "gone"))));

        assertThat(report.reply()).map(Reply::code).contains(550);
        assertThat(report.message()).startsWith("tree download failed");
        assertThat(report.exitCode()).isEqualTo(5);
    }

    @Test
    void textNamesTheCodeAndPointsToExplain() {
        ErrorReport report = ErrorReport.of(new FtpFileNotFoundException("RETR a", "a",
                Reply.of(550, "gone")));

        assertThat(report.toText()).contains("RETR a refused: 550 gone", "\n  550: ",
                "ftpkit explain 550");
    }

    @Test
    void permissionDeniedIsQuotedNotCalledMissing() {
        ErrorReport report = ErrorReport.of(new FtpFileNotFoundException("RETR secret",
                "secret", Reply.of(550, "secret: Permission denied")));

        assertThat(report.message()).isEqualTo("RETR secret refused: 550 secret: Permission"
                + " denied");
        assertThat(report.toText()).doesNotContainIgnoringCase("no such file");
        assertThat(report.exitCode()).isEqualTo(5);
    }

    @Test
    void missingLocalFileIsNamedPlainly() {
        ErrorReport report = ErrorReport.of(new NoSuchFileException("report.csv"));

        assertThat(report.toText()).startsWith("no such file or directory: report.csv");
    }
}

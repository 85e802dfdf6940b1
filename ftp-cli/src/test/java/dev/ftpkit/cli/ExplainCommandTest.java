package dev.ftpkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ftpkit.protocol.command.Verb;
import dev.ftpkit.protocol.reply.ReplyCodeInfo;
import dev.ftpkit.protocol.reply.ReplyCatalog;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(30)
class ExplainCommandTest {

    @Test
    void explains503WithEveryOutOfOrderCase() {
        CommandRun run = CommandRun.ftpkit("explain", "503");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains(
                "PASS sent before USER",
                "RNTO sent without RNFR",
                "another command sent between RNFR and RNTO",
                "REST followed by a command other than RETR, STOR or APPE",
                "a transfer sent without PASV, EPSV, PORT or EPRT first",
                "Apache MINA FtpServer 1.2: 503 PORT or",
                "Pure-FTPd 1.0: 530 Please tell me who you are");
    }

    @Test
    void explainsAVerbInAnyCase() {
        CommandRun run = CommandRun.ftpkit("explain", "rnto");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("RNTO: ")
                .contains("RFC 959 4.1.3", "RNFR answered 350 just before",
                        "Shortest way there from the greeting: USER, PASS, RNFR");
    }

    @Test
    void saysWhatMayFollowRest() {
        CommandRun run = CommandRun.ftpkit("explain", "REST");

        assertThat(run.out()).contains("may follow: only").contains("RETR, STOR, APPE");
    }

    @Test
    void refusesACodeNoRfcDefinesWithExitTwo() {
        CommandRun run = CommandRun.ftpkit("explain", "430");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("no FTP RFC defines reply code 430", "failed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"FROB", "42", "5031", "", "999", "000", "abc", "5\u00003"})
    void refusesAnUnknownSubjectWithExitTwo(String subject) {
        CommandRun run = CommandRun.ftpkit("explain", subject);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("ftpkit explain: ");
    }

    @Test
    void missingSubjectIsAUsageError() {
        CommandRun run = CommandRun.ftpkit("explain");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("CODE|VERB");
    }

    @Test
    void printsAReplyAsJsonThatJacksonReadsBack() throws Exception {
        CommandRun run = CommandRun.ftpkit("explain", "503", "--json");

        JsonNode json = new ObjectMapper().readTree(run.out());

        assertThat(run.exitCode()).isZero();
        assertThat(json.get("code").asInt()).isEqualTo(503);
        assertThat(json.get("class").asText()).startsWith("5yz");
        assertThat(json.get("group").asText()).isEqualTo("x0z syntax");
        assertThat(json.get("rules").findValuesAsText("requirement"))
                .contains("USER answered 331 just before", "RNFR answered 350 just before");
        assertThat(json.get("otherServers").get(0).get("situation").asText())
                .isEqualTo("TRANSFER_WITHOUT_DATA_CONNECTION");
    }

    @Test
    void printsAVerbAsJsonThatJacksonReadsBack() throws Exception {
        CommandRun run = CommandRun.ftpkit("explain", "RNFR", "--json");

        JsonNode json = new ObjectMapper().readTree(run.out());

        assertThat(json.get("verb").asText()).isEqualTo("RNFR");
        assertThat(json.get("enables").toString()).contains("\"RNTO\"");
        assertThat(json.get("requiresLogin").asBoolean()).isTrue();
    }

    @Test
    void wrapsEveryExplanationWithinOneHundredColumns() {
        List<String> subjects = new ArrayList<>();
        ReplyCatalog.all().stream().map(ReplyCodeInfo::code).map(String::valueOf)
                .forEach(subjects::add);
        for (Verb verb : Verb.values()) {
            subjects.add(verb.name());
        }

        for (String subject : subjects) {
            CommandRun run = CommandRun.ftpkit("explain", subject);

            assertThat(run.exitCode()).as(subject).isZero();
            assertThat(run.out().lines()).as(subject)
                    .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
        }
    }
}

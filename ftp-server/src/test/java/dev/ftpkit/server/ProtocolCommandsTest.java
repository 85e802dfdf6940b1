package dev.ftpkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ftpkit.server.support.RawControl;
import dev.ftpkit.server.support.RawControl.Reply;
import dev.ftpkit.server.support.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The commands that talk about the session rather than move files. */
@Timeout(30)
class ProtocolCommandsTest {

    @TempDir
    Path root;

    private TestServer server;
    private RawControl raw;

    @BeforeEach
    void start() throws IOException {
        server = TestServer.start(root);
        raw = server.raw();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void greetingIs220() throws IOException {
        try (RawControl fresh = RawControl.connect(server.server().localAddress())) {
            assertThat(fresh.readReply().code()).isEqualTo(220);
        }
    }

    @Test
    void systSaysUnix() throws IOException {
        Reply reply = raw.send("SYST");

        assertThat(reply.code()).isEqualTo(215);
        assertThat(reply.text()).isEqualTo("UNIX Type: L8");
    }

    @Test
    void featListsTheExtensions() throws IOException {
        Reply reply = raw.send("FEAT");

        assertThat(reply.code()).isEqualTo(211);
        assertThat(reply.lines()).contains(" UTF8", " EPSV", " EPRT", " MDTM", " SIZE",
                " REST STREAM", " TVFS", " PASV",
                " MLST type*;size*;modify*;perm*;unique;");
        assertThat(reply.lines().get(reply.lines().size() - 1)).startsWith("211 ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF8 ON", "UTF8 OFF", "utf8 on"})
    void optsUtf8IsAccepted(String option) throws IOException {
        Reply reply = raw.send("OPTS " + option);

        assertThat(reply.code()).isEqualTo(200);
    }

    @Test
    void optsMlstChoosesTheFacts() throws IOException {
        raw.login("alice");
        Files.write(root.resolve("f.bin"), new byte[3]);

        Reply opts = raw.send("OPTS MLST size;unique;nonsense;");
        Reply mlst = raw.send("MLST f.bin");
        Reply feat = raw.send("FEAT");

        assertThat(opts.code()).isEqualTo(200);
        assertThat(opts.text()).isEqualTo("MLST OPTS size;unique;");
        assertThat(mlst.lines().get(1)).startsWith(" size=3;unique=").endsWith("; /f.bin");
        assertThat(feat.lines()).contains(" MLST type;size*;modify;perm;unique*;");
    }

    @Test
    void mlstRepliesWithOneFactLine() throws IOException {
        raw.login("alice");
        Files.write(root.resolve("f.bin"), new byte[5]);

        Reply reply = raw.send("MLST f.bin");

        assertThat(reply.code()).isEqualTo(250);
        assertThat(reply.lines()).hasSize(3);
        assertThat(reply.lines().get(1))
                .matches(" type=file;size=5;modify=\\d{14};perm=[adfrw]+; /f.bin");
    }

    @Test
    void optsForAnUnknownCommandReplies501() throws IOException {
        Reply reply = raw.send("OPTS FROB ON");

        assertThat(reply.code()).isEqualTo(501);
    }

    @ParameterizedTest
    @CsvSource({"A, 200", "A N, 200", "I, 200", "L 8, 200", "i, 200", "E, 504", "A T, 504",
            "L 7, 504", "X, 504"})
    void typeAcceptsOnlyWhatItHonours(String type, int code) throws IOException {
        raw.login("alice");

        Reply reply = raw.send("TYPE " + type);

        assertThat(reply.code()).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource({"MODE S, 200", "MODE Z, 504", "MODE B, 504", "MODE C, 504", "STRU F, 200",
            "STRU R, 504", "STRU P, 504"})
    void modeAndStructureAcceptOnlyStreamAndFile(String line, int code) throws IOException {
        raw.login("alice");

        Reply reply = raw.send(line);

        assertThat(reply.code()).isEqualTo(code);
    }

    @Test
    void helpListsTheVerbs() throws IOException {
        Reply reply = raw.send("HELP");

        assertThat(reply.code()).isEqualTo(214);
        assertThat(reply.toString()).contains("RETR", "STOR", "MLSD", "EPSV")
                .doesNotContain("AUTH");
    }

    @Test
    void helpForOneVerbGivesItsSyntax() throws IOException {
        Reply reply = raw.send("HELP RETR");

        assertThat(reply.code()).isEqualTo(214);
        assertThat(reply.text()).contains("RETR <pathname>");
    }

    @Test
    void siteHelpIsTheOnlySiteCommand() throws IOException {
        raw.login("alice");

        Reply help = raw.send("SITE HELP");
        Reply chmod = raw.send("SITE CHMOD 777 x");

        assertThat(help.code()).isEqualTo(214);
        assertThat(chmod.code()).isEqualTo(502);
    }

    @ParameterizedTest
    @ValueSource(strings = {"AUTH TLS", "AUTH SSL", "ADAT abc", "MIC abc", "CONF abc",
            "ENC abc", "LPSV", "LPRT 4,4,127,0,0,1,2,200,10", "SMNT /x",
            "MFMT 20200101000000 x", "LANG en"})
    void catalogVerbsNotImplementedReply502(String line) throws IOException {
        raw.login("alice");

        Reply reply = raw.send(line);

        assertThat(reply.code()).isEqualTo(502);
    }

    @Test
    void authBeforeLoginReplies502SoClientsFallBack() throws IOException {
        Reply reply = raw.send("AUTH TLS");

        assertThat(reply.code()).isEqualTo(502);
    }

    @Test
    void hostNamingTheServerIsAcceptedBeforeLogin() throws IOException {
        Reply byAddress = raw.send("HOST 127.0.0.1");
        Reply byName = raw.send("HOST localhost");

        assertThat(byAddress.code()).isEqualTo(220);
        assertThat(byName.code()).isEqualTo(220);
        assertThat(raw.login("alice").code()).isEqualTo(230);
    }

    @Test
    void hostNamingAnotherHostReplies504() throws IOException {
        Reply reply = raw.send("HOST ftp.example.org");

        assertThat(reply.code()).isEqualTo(504);
    }

    @Test
    void clntAlloAndNoopAreAcknowledged() throws IOException {
        Reply clnt = raw.send("CLNT TestClient 1.0");
        raw.login("alice");
        Reply allo = raw.send("ALLO 1000");
        Reply noop = raw.send("NOOP");

        assertThat(clnt.code()).isEqualTo(200);
        assertThat(allo.code()).isEqualTo(202);
        assertThat(noop.code()).isEqualTo(200);
    }

    @Test
    void statWithoutArgumentReportsTheSession() throws IOException {
        raw.login("alice");
        raw.send("TYPE I");

        Reply reply = raw.send("STAT");

        assertThat(reply.code()).isEqualTo(211);
        assertThat(reply.toString()).contains("Logged in as alice", "TYPE: BINARY",
                "No data connection");
    }

    @Test
    void statWithAPathListsItOverTheControlConnection() throws IOException {
        raw.login("alice");
        Files.write(root.resolve("s.txt"), new byte[12]);

        Reply reply = raw.send("STAT s.txt");

        assertThat(reply.code()).isEqualTo(213);
        assertThat(reply.lines()).hasSize(3);
        assertThat(reply.lines().get(1)).startsWith(" -").contains(" 12 ").endsWith(" s.txt");
    }

    @Test
    void avblReportsFreeSpaceToWriters() throws IOException {
        raw.login("alice");

        Reply reply = raw.send("AVBL");

        assertThat(reply.code()).isEqualTo(213);
        assertThat(Long.parseLong(reply.text())).isPositive();
    }

    @Test
    void xAliasesRunTheirCommands() throws IOException {
        raw.login("alice");

        Reply mkd = raw.send("XMKD xdir");
        Reply cwd = raw.send("XCWD xdir");
        Reply pwd = raw.send("XPWD");
        Reply cup = raw.send("XCUP");
        Reply rmd = raw.send("XRMD xdir");

        assertThat(mkd.code()).isEqualTo(257);
        assertThat(cwd.code()).isEqualTo(250);
        assertThat(pwd.text()).startsWith("\"/xdir\"");
        assertThat(cup.code()).isEqualTo(250);
        assertThat(rmd.code()).isEqualTo(250);
        assertThat(root.resolve("xdir")).doesNotExist();
    }

    @Test
    void utf8NamesRoundTrip() throws IOException {
        raw.login("alice");

        Reply mkd = raw.send("MKD Ærøskøbing 日本");

        assertThat(mkd.code()).isEqualTo(257);
        assertThat(mkd.text()).startsWith("\"/Ærøskøbing 日本\"");
        assertThat(root.resolve("Ærøskøbing 日本")).isDirectory();
    }
}

package dev.ftpkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ftpkit.server.support.TestFiles;
import dev.ftpkit.server.support.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * LIST and NLST of a wildcard pattern, as the classic ftp client's mget and mdelete send
 * them, driven by Commons Net. The names NLST returns are the ones vsftpd 3.0.3 returns for
 * the same tree.
 */
@Timeout(60)
class WildcardListingTest {

    @TempDir
    Path base;

    private Path root;
    private TestServer server;
    private FTPClient client;

    @BeforeEach
    void start() throws IOException {
        root = Files.createDirectory(base.resolve("root"));
        TestFiles.write(root, "a.txt", "b.txt", "c.log", ".hidden.txt", "sub/a.txt", "sub/b.txt",
                "sub/c.log");
        Files.writeString(base.resolve("outside.txt"), "outside the root");
        server = TestServer.start(root);
        client = server.login("alice");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void nlstOfAPatternListsTheMatchingNames() throws IOException {
        String[] names = client.listNames("*.txt");

        assertThat(names).as(client.getReplyString()).containsExactly("a.txt", "b.txt");
    }

    @Test
    void nlstOfAPatternInASubdirectoryKeepsTheDirectoryAsWritten() throws IOException {
        String[] relative = client.listNames("sub/*.txt");
        String[] absolute = client.listNames("/sub/*.txt");

        assertThat(relative).as(client.getReplyString()).containsExactly("sub/a.txt", "sub/b.txt");
        assertThat(absolute).containsExactly("/sub/a.txt", "/sub/b.txt");
    }

    @Test
    void namesFromNlstCanBeFetchedAsGiven() throws IOException {
        client.changeWorkingDirectory("sub");

        String[] names = client.listNames("../*.log");
        String content = new String(client.retrieveFileStream(names[0]).readAllBytes());
        client.completePendingCommand();

        assertThat(names).containsExactly("../c.log");
        assertThat(content).isEqualTo("c.log");
    }

    @Test
    void listOfAPatternShowsTheMatchingEntries() throws IOException {
        FTPFile[] files = client.listFiles("sub/*.txt");

        assertThat(files).as(client.getReplyString()).extracting(FTPFile::getName)
                .containsExactly("a.txt", "b.txt");
        assertThat(files).extracting(FTPFile::getSize).containsExactly(9L, 9L);
    }

    @Test
    void listOfAPatternShowsAMatchingDirectoryItselfNotItsContent() throws IOException {
        FTPFile[] files = client.listFiles("su*");

        assertThat(files).extracting(FTPFile::getName).containsExactly("sub");
        assertThat(files[0].isDirectory()).isTrue();
    }

    @Test
    void dotFilesMatchALeadingWildcardOnlyWithDashA() throws IOException {
        String[] plain = client.listNames("*.txt");
        String[] all = client.listNames("-a *.txt");
        String[] explicit = client.listNames(".h*");

        assertThat(plain).doesNotContain(".hidden.txt");
        assertThat(all).containsExactly(".hidden.txt", "a.txt", "b.txt");
        assertThat(explicit).containsExactly(".hidden.txt");
    }

    @Test
    void existingNameWithAStarIsListedAsItself() throws IOException {
        Files.writeString(root.resolve("st*r.txt"), "a star in the name");
        Files.writeString(root.resolve("stellar.txt"), "matched only by the pattern");

        String[] names = client.listNames("st*r.txt");

        assertThat(names).containsExactly("st*r.txt");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NLST", "LIST"})
    void patternMatchingNothingReplies550(String verb) throws IOException {
        client.pasv();

        int code = client.sendCommand(verb, "*.nomatch");

        assertThat(code).as(client.getReplyString()).isEqualTo(550);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../*", "/../*", "../../*.txt", "sub/../../*"})
    void patternsThroughDotDotStayInsideTheRoot(String pattern) throws IOException {
        String[] names = client.listNames(pattern);

        assertThat(names).as(client.getReplyString()).isNotEmpty();
        assertThat(names).allSatisfy(name -> assertThat(name).doesNotContain("outside"));
        assertThat(Arrays.stream(names).map(name -> name.substring(name.lastIndexOf('/') + 1)))
                .contains("a.txt");
    }

    @Test
    void patternBehindALinkOutOfTheRootReplies550() throws IOException {
        Files.createSymbolicLink(root.resolve("escape"), base);
        Files.createSymbolicLink(root.resolve("leak.txt"), base.resolve("outside.txt"));

        String[] throughLink = client.listNames("escape/*.txt");
        int code = client.getReplyCode();
        String[] matchingLink = client.listNames("*.txt");

        assertThat(throughLink).isNull();
        assertThat(code).isEqualTo(550);
        assertThat(matchingLink).containsExactly("a.txt", "b.txt");
    }

    @Test
    void wildcardInADirectoryNameIsNotExpanded() throws IOException {
        String[] names = client.listNames("*/a.txt");

        assertThat(names).isNull();
        assertThat(client.getReplyCode()).isEqualTo(550);
    }

    @Test
    void tooManyMatchesListTheFirstByNameAndSaySoIn226() throws IOException {
        Path many = Files.createDirectory(root.resolve("many"));
        int limit = 10_000;
        for (int i = 0; i <= limit; i++) {
            Files.createFile(many.resolve(String.format("f%05d.dat", i)));
        }

        String[] names = client.listNames("many/*.dat");

        assertThat(client.getReplyString()).startsWith("226").contains("first " + limit);
        assertThat(names).hasSize(limit).startsWith("many/f00000.dat")
                .endsWith("many/f09999.dat");
    }
}

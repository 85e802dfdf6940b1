package dev.ftpkit.server.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ftpkit.server.support.TestFiles;
import dev.ftpkit.server.support.TestServer;
import dev.ftpkit.testkit.VsftpdServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * LIST and NLST of wildcard patterns give the same names on ftpkit as on vsftpd (ftp-testkit's
 * fixture, which needs root and is skipped without, or fails under {@code CI=true}), both
 * serving the same tree. Only the patterns where ftpkit means to agree are here: it answers
 * 550 where vsftpd sends an empty 226, lists an existing name with wildcards as itself, and
 * reads "[...]" as a set where vsftpd reads it literally (see the server's README).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class WildcardVsftpdTest {

    private static final String[] TREE = {"a.txt", "b.txt", "c.log", ".hidden.txt", "x.txt",
        "sub/a.txt", "sub/b.txt", "sub/c.log", "sub/.h.txt", "sub/deeper/d.txt"};

    @TempDir
    static Path scratch;

    private static VsftpdServer vsftpd;
    private static TestServer ftpkit;
    private static FTPClient onVsftpd;
    private static FTPClient onFtpkit;

    @BeforeAll
    static void startBoth() throws IOException, InterruptedException {
        Path root = Files.createDirectories(scratch.resolve("ftpkit"));
        ftpkit = TestServer.start(root);
        TestFiles.write(root, TREE);
        onFtpkit = ftpkit.login("alice");

        vsftpd = VsftpdServer.start(Files.createDirectories(scratch.resolve("peer")));
        TestFiles.write(vsftpd.localHome(), TREE);
        // TestServer made bob's home in its root; the trees must hold the same names.
        Files.createDirectories(vsftpd.localHome().resolve("bob"));
        vsftpd.handOver();
        onVsftpd = vsftpdClient();
    }

    @AfterAll
    static void stopBoth() throws IOException {
        if (onVsftpd != null) {
            onVsftpd.disconnect();
        }
        if (vsftpd != null) {
            vsftpd.close();
        }
        if (ftpkit != null) {
            ftpkit.close();
        }
    }

    @ParameterizedTest(name = "NLST {0}")
    @ValueSource(strings = {"*.txt", "sub/*.txt", "?.txt", "-a *.txt", ".h*", "sub/.h*",
            "./*.log", "sub//*.txt", "s*", "*", "sub/*"})
    void nlstGivesTheNamesVsftpdGives(String pattern) throws IOException {
        String[] expected = onVsftpd.listNames(pattern);

        String[] actual = onFtpkit.listNames(pattern);

        assertThat(expected).as("vsftpd: %s", onVsftpd.getReplyString()).isNotEmpty();
        assertThat(actual).as(onFtpkit.getReplyString()).containsExactly(expected);
    }

    @ParameterizedTest(name = "LIST {0}")
    @ValueSource(strings = {"*.txt", "sub/*.txt", "-a sub/*.txt", "s*"})
    void listShowsTheEntriesVsftpdShows(String pattern) throws IOException {
        String[] expected = names(onVsftpd.listFiles(pattern));

        String[] actual = names(onFtpkit.listFiles(pattern));

        assertThat(expected).as("vsftpd: %s", onVsftpd.getReplyString()).isNotEmpty();
        assertThat(actual).as(onFtpkit.getReplyString()).containsExactly(expected);
    }

    private static FTPClient vsftpdClient() throws IOException {
        FTPClient client = new FTPClient();
        client.setConnectTimeout(5_000);
        client.setDefaultTimeout(10_000);
        client.setDataTimeout(Duration.ofSeconds(10));
        client.connect(vsftpd.host(), vsftpd.port());
        client.setSoTimeout(10_000);
        client.enterLocalPassiveMode();
        if (!client.login(vsftpd.user(), vsftpd.password())
                || !client.changeWorkingDirectory(vsftpd.remoteHome())) {
            throw new IOException("cannot log in to " + vsftpd + ": " + client.getReplyString());
        }
        return client;
    }

    private static String[] names(FTPFile[] files) {
        return Arrays.stream(files).map(FTPFile::getName).toArray(String[]::new);
    }
}

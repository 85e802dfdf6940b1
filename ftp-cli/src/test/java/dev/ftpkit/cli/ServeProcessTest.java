package dev.ftpkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ftpkit.server.auth.PasswordHash;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code ftpkit serve --port 0} in a child JVM, as a user would, and drives it with
 * Commons Net through the URL it prints. The child runs the CLI's main class on this test's
 * classpath, which works in Maven's test phase, before the shaded jar exists.
 */
@Timeout(90)
class ServeProcessTest {

    private static final Pattern URL = Pattern.compile("ftp://\\S+");

    @TempDir
    Path root;

    @TempDir
    Path logs;

    private Process process;

    @AfterEach
    void stopServer() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void printedUrlLogsInListsAndDownloads() throws Exception {
        byte[] content = "hello from ftpkit\n".getBytes(StandardCharsets.UTF_8);
        Files.write(root.resolve("hello.txt"), content);
        URI url = startServe("--port", "0", "--root", root.toString());
        String[] credentials = url.getUserInfo().split(":", 2);
        FTPClient client = new FTPClient();
        ByteArrayOutputStream downloaded = new ByteArrayOutputStream();

        client.connect(url.getHost(), url.getPort());
        try {
            assertThat(client.login(credentials[0], credentials[1])).isTrue();
            client.enterLocalPassiveMode();
            client.setFileType(FTP.BINARY_FILE_TYPE);
            assertThat(client.listNames()).containsExactly("hello.txt");
            assertThat(client.retrieveFile("hello.txt", downloaded)).isTrue();
        } finally {
            client.disconnect();
        }

        assertThat(credentials[0]).isEqualTo("ftpkit");
        assertThat(credentials[1]).matches("[A-Za-z0-9_-]{16}");
        assertThat(downloaded.toByteArray()).isEqualTo(content);
    }

    @Test
    void usersFileAndAnonymousReplaceTheGeneratedUser() throws Exception {
        Files.createDirectory(root.resolve("alice"));
        Path users = Files.writeString(logs.resolve("users.yaml"), "users:\n"
                + "  - name: alice\n"
                + "    password: \"" + PasswordHash.hash("wonderland".toCharArray(), 1_000)
                + "\"\n    home: alice\n");
        URI url = startServe("--port", "0", "--root", root.toString(),
                "--users", users.toString(), "--anonymous");
        FTPClient alice = new FTPClient();
        FTPClient anonymous = new FTPClient();

        alice.connect(url.getHost(), url.getPort());
        anonymous.connect(url.getHost(), url.getPort());
        try {
            assertThat(alice.login("alice", "wonderland")).isTrue();
            alice.enterLocalPassiveMode();
            assertThat(alice.storeFile("up.txt", new ByteArrayInputStream(new byte[] {42})))
                    .isTrue();
            assertThat(anonymous.login("anonymous", "guest@example.com")).isTrue();
            anonymous.enterLocalPassiveMode();
            assertThat(anonymous.storeFile("up.txt", new ByteArrayInputStream(new byte[] {7})))
                    .isFalse();
            assertThat(anonymous.getReplyCode()).isEqualTo(550);
        } finally {
            alice.disconnect();
            anonymous.disconnect();
        }

        assertThat(url.getUserInfo()).isNull();
        assertThat(root.resolve("alice/up.txt")).hasBinaryContent(new byte[] {42});
    }

    @Test
    void stopsWhenTerminatedAsByCtrlC() throws Exception {
        startServe("--port", "0", "--root", root.toString());

        process.destroy();

        assertThat(process.waitFor(20, TimeUnit.SECONDS)).as(this::stderr).isTrue();
    }

    private URI startServe(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                Ftpkit.class.getName(), "serve"));
        command.addAll(List.of(args));
        process = new ProcessBuilder(command)
                .redirectError(logs.resolve("stderr.log").toFile())
                .start();
        process.getOutputStream().close();

        BufferedReader stdout = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String url = CompletableFuture.supplyAsync(() -> firstUrl(stdout))
                .get(30, TimeUnit.SECONDS);
        assertThat(url).as(this::stderr).isNotNull();
        return URI.create(url);
    }

    private static String firstUrl(BufferedReader stdout) {
        try {
            for (String line = stdout.readLine(); line != null; line = stdout.readLine()) {
                Matcher matcher = URL.matcher(line);
                if (matcher.find()) {
                    return matcher.group();
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String stderr() {
        try {
            return "serve's stderr:\n" + Files.readString(logs.resolve("stderr.log"));
        } catch (IOException e) {
            return "serve's stderr unreadable: " + e;
        }
    }
}

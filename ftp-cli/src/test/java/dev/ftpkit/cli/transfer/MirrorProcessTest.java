package dev.ftpkit.cli.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code ftpkit mirror} in a child JVM against ftpkit's server in this one: 1,000
 * files each way over four connections, then --only-newer and --delete on a mirror made
 * before.
 */
@Timeout(120)
class MirrorProcessTest {

    private static final int MANY = 1_000;

    @TempDir
    Path scratch;

    @TempDir
    Path work;

    private TestServer server;
    private Path home;
    private CliProcess cli;

    @BeforeEach
    void startServer() throws IOException {
        server = TestServer.start(scratch);
        home = server.localHome();
        cli = CliProcess.in(work, scratch.resolve("user-home"))
                .env("FTP_PASSWORD", TestServer.PASSWORD);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void uploadsAThousandFilesOverFourConnectionsByteForByte() throws IOException {
        Path source = work.resolve("site");
        FileTrees.write(source, MANY, 1);

        CliResult run = cli.run("mirror", "--parallel", "4", "--json", source.toString(),
                server.url("www"));

        assertThat(run.exitCode()).as(run.printed()).isZero();
        FileTrees.assertSame(source, home.resolve("www"));
        assertThat(run.json().path("files").asInt()).isEqualTo(MANY);
        assertThat(run.json().path("direction").asText()).isEqualTo("upload");
    }

    @Test
    void downloadsAThousandFilesOverFourConnectionsByteForByte() throws IOException {
        FileTrees.write(home.resolve("www"), MANY, 2);

        CliResult run = cli.run("mirror", "--parallel", "4", "--json", server.url("www"),
                "copy");

        assertThat(run.exitCode()).as(run.printed()).isZero();
        FileTrees.assertSame(home.resolve("www"), work.resolve("copy"));
        assertThat(run.json().path("files").asInt()).isEqualTo(MANY);
        assertThat(run.json().path("direction").asText()).isEqualTo("download");
    }

    @Test
    void onlyNewerCopiesTheChangedFileAndLeavesTheOthersAlone() throws IOException {
        Path source = work.resolve("site");
        FileTrees.write(source, 60, 3);
        mirroredOnceBefore(source);
        Path changed = source.resolve("d0/e1/f12.bin");
        Files.writeString(changed, "changed since the last mirror");
        Files.setLastModifiedTime(changed, FileTime.from(Instant.now().plus(1, ChronoUnit.HOURS)));
        // A copy the mirror must not touch: same path, other bytes, a newer time.
        Path untouched = home.resolve("www/d0/e2/f25.bin");
        Files.writeString(untouched, "edited on the server");

        CliResult run = cli.run("mirror", "--only-newer", "--parallel", "4", "--json",
                source.toString(), server.url("www"));

        assertThat(run.exitCode()).as(run.printed()).isZero();
        assertThat(run.json().path("files").asInt()).isEqualTo(1);
        assertThat(run.json().path("skipped").asInt()).isEqualTo(59);
        assertThat(home.resolve("www/d0/e1/f12.bin")).hasContent("changed since the last mirror");
        assertThat(untouched).hasContent("edited on the server");
    }

    @Test
    void deleteRemovesWhatTheSourceLacks() throws IOException {
        FileTrees.write(home.resolve("www"), 40, 4);
        Path copy = work.resolve("copy");
        FileTrees.write(copy, 40, 4);
        Files.createDirectories(copy.resolve("stale/deeper"));
        Files.writeString(copy.resolve("stale/deeper/old.txt"), "old");
        Files.writeString(copy.resolve("d0/extra.txt"), "extra");

        CliResult run = cli.run("mirror", "--delete", "--only-newer", "--json",
                server.url("www"), "copy");

        assertThat(run.exitCode()).as(run.printed()).isZero();
        JsonNode json = run.json();
        assertThat(json.path("deleted").asInt()).isEqualTo(2);
        assertThat(json.path("files").asInt()).isZero();
        FileTrees.assertSame(home.resolve("www"), copy);
    }

    /** Mirrors {@code source} to the server in this JVM, as a run before this one did. */
    private void mirroredOnceBefore(Path source) throws IOException {
        CliResult run = InProcessCli.run("mirror", "--parallel", "4", source.toString(),
                server.urlWithPassword("www"));
        assertThat(run.exitCode()).as(run.printed()).isZero();
        FileTrees.assertSame(source, home.resolve("www"));
    }
}

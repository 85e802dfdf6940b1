package dev.ftpkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ftpkit.client.support.RandomFiles;
import dev.ftpkit.client.support.RecordingTranscript;
import dev.ftpkit.client.support.ServerKind;
import dev.ftpkit.testkit.PeerFtpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every client operation against each server we test with: ours, pyftpdlib, vsftpd. */
@Timeout(60)
class FtpClientOperationsTest {

    private static final int FILE_SIZE = 300_000;

    @TempDir
    Path scratch;

    private PeerFtpServer server;
    private FtpClient client;

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private FtpClient connect(ServerKind kind) throws Exception {
        server = kind.start(scratch.resolve("server"));
        client = ServerKind.clientOf(server).connect();
        return client;
    }

    private String remote(String name) {
        return server.remoteHome().equals("/") ? "/" + name : server.remoteHome() + "/" + name;
    }

    private byte[] arrange(String name, int size) throws IOException {
        byte[] bytes = RandomFiles.write(server.localHome().resolve(name), size, name.hashCode());
        server.handOver();
        return bytes;
    }

    @ParameterizedTest
    @EnumSource(ServerKind.class)
    void listsFilesAndDirectoriesWithSpacesInNames(ServerKind kind) throws Exception {
        connect(kind);
        arrange("a.txt", 10);
        arrange("with space.txt", 3);
        Files.createDirectories(server.localHome().resolve("sub dir"));
        server.handOver();

        var entries = client.list(server.remoteHome());

        assertThat(entries).extracting(FtpEntry::name)
                .containsExactlyInAnyOrder("a.txt", "with space.txt", "sub dir");
        assertThat(entries).filteredOn(FtpEntry::isFile)
                .extracting(FtpEntry::name, FtpEntry::size)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("a.txt", 10L),
                        org.assertj.core.groups.Tuple.tuple("with space.txt", 3L));
        assertThat(entries).filteredOn(FtpEntry::isDirectory).extracting(FtpEntry::name)
                .containsExactly("sub dir");
        assertThat(entries).allSatisfy(entry -> assertThat(entry.modified()).isPresent());
    }

    @ParameterizedTest
    @EnumSource(ServerKind.class)
    void downloadsAFileByteForByte(ServerKind kind) throws Exception {
        connect(kind);
        byte[] content = arrange("data.bin", FILE_SIZE);
        Path local = scratch.resolve("data.bin");

        long bytes = client.download(remote("data.bin"), local);

        assertThat(bytes).isEqualTo(FILE_SIZE);
        assertThat(Files.readAllBytes(local)).isEqualTo(content);
    }

    @ParameterizedTest
    @EnumSource(ServerKind.class)
    void uploadsAFileByteForByte(ServerKind kind) throws Exception {
        connect(kind);
        Path local = scratch.resolve("up.bin");
        byte[] content = RandomFiles.write(local, FILE_SIZE, 7);

        long bytes = client.upload(local, remote("up.bin"));

        assertThat(bytes).isEqualTo(FILE_SIZE);
        assertThat(server.localHome().resolve("up.bin")).hasBinaryContent(content);
    }

    @ParameterizedTest
    @EnumSource(ServerKind.class)
    void resumesADownloadWhoseLocalCopyWasTruncated(ServerKind kind) throws Exception {
        connect(kind);
        byte[] content = arrange("data.bin", FILE_SIZE);
        Path local = scratch.resolve("data.bin");
        client.download(remote("data.bin"), local);
        try (FileChannel channel = FileChannel.open(local, StandardOpenOption.WRITE)) {
            channel.truncate(FILE_SIZE / 3);
        }

        long bytes = client.resumeDownload(remote("data.bin"), local);

        assertThat(bytes).isEqualTo(FILE_SIZE - FILE_SIZE / 3);
        assertThat(Files.readAllBytes(local)).isEqualTo(content);
    }

    @ParameterizedTest
    @EnumSource(ServerKind.class)
    void resumesADownloadAfterItsConnectionWasCut(ServerKind kind) throws Exception {
        connect(kind);
        byte[] content = arrange("data.bin", FILE_SIZE);
        Path local = scratch.resolve("data.bin");
        InputStream in = client.openInputStream(remote("data.bin"));
        try (OutputStream out = Files.newOutputStream(local)) {
            out.write(in.readNBytes(100_000));
        }
        client.close(); // the stream is open, so this cuts the connection without QUIT

        try (FtpClient second = ServerKind.clientOf(server).connect()) {
            second.resumeDownload(remote("data.bin"), local);
        }

        assertThat(Files.readAllBytes(local)).isEqualTo(content);
    }

    @ParameterizedTest
    @EnumSource(ServerKind.class)
    void resumesAnUploadFromItsFirstHalf(ServerKind kind) throws Exception {
        connect(kind);
        Path local = scratch.resolve("up.bin");
        byte[] content = RandomFiles.write(local, FILE_SIZE, 11);
        client.upload(new ByteArrayInputStream(content, 0, FILE_SIZE / 2), remote("up.bin"));

        long bytes = client.resumeUpload(local, remote("up.bin"));

        assertThat(bytes).isEqualTo(FILE_SIZE - FILE_SIZE / 2);
        assertThat(server.localHome().resolve("up.bin")).hasBinaryContent(content);
    }

    @ParameterizedTest
    @EnumSource(ServerKind.class)
    void resumingACompleteDownloadTransfersNothing(ServerKind kind) throws Exception {
        connect(kind);
        arrange("data.bin", 1000);
        Path local = scratch.resolve("data.bin");
        client.download(remote("data.bin"), local);

        long bytes = client.resumeDownload(remote("data.bin"), local);

        assertThat(bytes).isZero();
    }

    @ParameterizedTest
    @EnumSource(ServerKind.class)
    void renamesAFile(ServerKind kind) throws Exception {
        connect(kind);
        byte[] content = arrange("old.txt", 100);

        client.rename(remote("old.txt"), remote("new name.txt"));

        assertThat(server.localHome().resolve("old.txt")).doesNotExist();
        assertThat(server.localHome().resolve("new name.txt")).hasBinaryContent(content);
    }

    @ParameterizedTest
    @EnumSource(ServerKind.class)
    void deletesAFile(ServerKind kind) throws Exception {
        connect(kind);
        arrange("gone.txt", 100);

        client.delete(remote("gone.txt"));

        assertThat(server.localHome().resolve("gone.txt")).doesNotExist();
    }

    @ParameterizedTest
    @EnumSource(ServerKind.class)
    void makesMissingParentDirectoriesAndAcceptsExistingOnes(ServerKind kind) throws Exception {
        connect(kind);
        Files.createDirectories(server.localHome().resolve("a"));
        server.handOver();

        client.makeDirectories(remote("a/b c/d"));
        client.makeDirectories(remote("a/b c/d"));

        assertThat(server.localHome().resolve("a/b c/d")).isDirectory();
    }

    @ParameterizedTest
    @EnumSource(ServerKind.class)
    void removesATreeRecursively(ServerKind kind) throws Exception {
        connect(kind);
        arrange("tree/a.txt", 10);
        arrange("tree/sub/b.txt", 10);
        arrange("tree/sub/deeper dir/c.txt", 10);
        Files.createDirectories(server.localHome().resolve("tree/empty"));
        server.handOver();

        client.removeRecursively(remote("tree"));

        assertThat(server.localHome().resolve("tree")).doesNotExist();
    }

    @ParameterizedTest
    @EnumSource(ServerKind.class)
    void streamsCompleteTheirTransferOnClose(ServerKind kind) throws Exception {
        connect(kind);
        byte[] content = RandomFiles.bytes(50_000, 3);
        try (OutputStream out = client.openOutputStream(remote("streamed.bin"))) {
            out.write(content);
        }

        ByteArrayOutputStream back = new ByteArrayOutputStream();
        try (InputStream in = client.openInputStream(remote("streamed.bin"))) {
            in.transferTo(back);
        }

        assertThat(back.toByteArray()).isEqualTo(content);
        assertThat(client.size(remote("streamed.bin"))).isEqualTo(content.length);
    }

    @ParameterizedTest
    @EnumSource(ServerKind.class)
    void statsFilesAndDirectories(ServerKind kind) throws Exception {
        connect(kind);
        arrange("dir/file.txt", 1234);
        Instant written = Files.getLastModifiedTime(server.localHome().resolve("dir/file.txt"))
                .toInstant().truncatedTo(ChronoUnit.SECONDS);

        FtpEntry file = client.stat(remote("dir/file.txt"));
        FtpEntry directory = client.stat(remote("dir"));

        assertThat(file.name()).isEqualTo("file.txt");
        assertThat(file.type()).isEqualTo(FtpEntryType.FILE);
        assertThat(file.size()).isEqualTo(1234);
        assertThat(file.modified()).hasValueSatisfying(time ->
                assertThat(time.truncatedTo(ChronoUnit.SECONDS)).isEqualTo(written));
        assertThat(directory.type()).isEqualTo(FtpEntryType.DIRECTORY);
        assertThat(client.modificationTime(remote("dir/file.txt"))
                .truncatedTo(ChronoUnit.SECONDS)).isEqualTo(written);
    }

    @ParameterizedTest
    @EnumSource(ServerKind.class)
    void missingFileThrowsNotFoundWithCodeAndExplanation(ServerKind kind) throws Exception {
        connect(kind);
        String missing = remote("no such file.txt");

        assertThatThrownBy(() -> client.download(missing, new ByteArrayOutputStream()))
                .isInstanceOfSatisfying(FtpFileNotFoundException.class, e -> {
                    assertThat(e.code()).isEqualTo(550);
                    assertThat(e.command()).isEqualTo("RETR " + missing);
                    assertThat(e.path()).isEqualTo(missing);
                    assertThat(e.getMessage()).startsWith("RETR " + missing + " refused: 550 ");
                    assertThat(e.explanation()).isEqualTo(e.catalogEntry().orElseThrow()
                            .meaning() + " Common causes: " + String.join("; ",
                            e.catalogEntry().orElseThrow().causes()) + ".");
                });
        assertThat(client.list(server.remoteHome())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ServerKind.class)
    void temporaryUploadNamesShowTheFileOnlyWhenComplete(ServerKind kind) throws Exception {
        server = kind.start(scratch.resolve("server"));
        RecordingTranscript transcript = new RecordingTranscript();
        client = ServerKind.clientOf(server).temporaryUploadNames(true).transcript(transcript)
                .connect();
        arrange("report.csv", 10);
        byte[] content = RandomFiles.bytes(20_000, 5);

        client.upload(new ByteArrayInputStream(content), remote("report.csv"));

        assertThat(server.localHome().resolve("report.csv")).hasBinaryContent(content);
        assertThat(transcript.commandsOf("STOR")).singleElement().asString()
                .matches("STOR .*/\\.report\\.csv\\.[0-9a-f]{8}\\.part");
        assertThat(client.list(server.remoteHome())).extracting(FtpEntry::name)
                .containsExactly("report.csv");
    }

    @ParameterizedTest
    @EnumSource(ServerKind.class)
    void activeModeTransfersBothWays(ServerKind kind) throws Exception {
        server = kind.start(scratch.resolve("server"));
        RecordingTranscript transcript = new RecordingTranscript();
        client = ServerKind.clientOf(server).active().transcript(transcript).connect();
        byte[] content = RandomFiles.bytes(FILE_SIZE, 9);
        client.upload(new ByteArrayInputStream(content), remote("active.bin"));

        ByteArrayOutputStream back = new ByteArrayOutputStream();
        client.download(remote("active.bin"), back);

        assertThat(back.toByteArray()).isEqualTo(content);
        assertThat(transcript.commands()).noneMatch(line -> line.startsWith("EPSV")
                || line.startsWith("PASV"));
    }

    @ParameterizedTest
    @EnumSource(ServerKind.class)
    void keepaliveNoopsDuringATransferLeaveTheSessionInStep(ServerKind kind) throws Exception {
        server = kind.start(scratch.resolve("server"));
        RecordingTranscript transcript = new RecordingTranscript();
        client = ServerKind.clientOf(server).keepaliveInterval(Duration.ofNanos(1))
                .transcript(transcript).connect();
        byte[] content = arrange("data.bin", FILE_SIZE);
        ByteArrayOutputStream back = new ByteArrayOutputStream();

        try (InputStream in = client.openInputStream(remote("data.bin"))) {
            in.transferTo(back); // reads 8 KiB at a time, each read past the 1 ns interval
        }
        long size = client.size(remote("data.bin"));

        assertThat(back.toByteArray()).isEqualTo(content);
        assertThat(transcript.commandsOf("NOOP")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(size).isEqualTo(FILE_SIZE);
        assertThat(client.sessionState().loggedIn()).isTrue();
    }
}

package dev.ftpkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ftpkit.client.support.RandomFiles;
import dev.ftpkit.client.support.RecordingTranscript;
import dev.ftpkit.client.support.ServerKind;
import dev.ftpkit.testkit.PeerFtpServer;
import dev.ftpkit.testkit.PyftpdlibServer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Choices the client makes from what FEAT announced: resume command, UTF-8, listings. */
@Timeout(60)
class FtpClientFeaturesTest {

    @TempDir
    Path scratch;

    private PeerFtpServer server;
    private final RecordingTranscript transcript = new RecordingTranscript();

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void resumesUploadsWithRestAndStorWhenRestStreamIsAnnounced() throws Exception {
        server = PyftpdlibServer.start(scratch);
        Path local = scratch.resolve("up.bin");
        byte[] content = RandomFiles.write(local, 100_000, 1);

        try (FtpClient client = ServerKind.clientOf(server).transcript(transcript).connect()) {
            client.upload(new ByteArrayInputStream(content, 0, 40_000), "/up.bin");
            client.resumeUpload(local, "/up.bin");
        }

        assertThat(transcript.commands()).contains("REST 40000").doesNotContain("APPE /up.bin");
        assertThat(server.localHome().resolve("up.bin")).hasBinaryContent(content);
    }

    @Test
    void resumesUploadsWithAppeWhenRestStreamIsMissing() throws Exception {
        server = PyftpdlibServer.startWithout(scratch, Set.of("REST"));
        Path local = scratch.resolve("up.bin");
        byte[] content = RandomFiles.write(local, 100_000, 2);

        try (FtpClient client = ServerKind.clientOf(server).transcript(transcript).connect()) {
            assertThat(client.features().restStream()).isFalse();
            client.upload(new ByteArrayInputStream(content, 0, 40_000), "/up.bin");
            client.resumeUpload(local, "/up.bin");
        }

        assertThat(transcript.commands()).contains("APPE /up.bin")
                .noneMatch(line -> line.startsWith("REST"));
        assertThat(server.localHome().resolve("up.bin")).hasBinaryContent(content);
    }

    @Test
    void resumingAnUploadOntoALongerRemoteFileIsRefused() throws Exception {
        server = PyftpdlibServer.start(scratch);
        Path local = scratch.resolve("short.bin");
        RandomFiles.write(local, 10, 3);
        RandomFiles.write(server.localHome().resolve("short.bin"), 20, 4);

        try (FtpClient client = ServerKind.clientOf(server).connect()) {
            assertThatThrownBy(() -> client.resumeUpload(local, "/short.bin"))
                    .isInstanceOf(FtpException.class)
                    .hasMessageEndingWith("the remote file has 20 bytes, the local only 10");
        }
    }

    @ParameterizedTest
    @EnumSource(value = ServerKind.class, names = {"FTPKIT", "PYFTPDLIB"})
    void namesTravelInUtf8WhenTheServerAnnouncesIt(ServerKind kind) throws Exception {
        server = kind.start(scratch);
        String name = "grüße €uro 日本.txt";

        try (FtpClient client = ServerKind.clientOf(server).transcript(transcript).connect()) {
            client.upload(new ByteArrayInputStream("hi".getBytes(StandardCharsets.UTF_8)),
                    "/" + name);

            assertThat(client.features().utf8()).isTrue();
            assertThat(client.list("/")).extracting(FtpEntry::name).containsExactly(name);
        }
        assertThat(transcript.commands()).contains("OPTS UTF8 ON");
        assertThat(Files.readString(server.localHome().resolve(name))).isEqualTo("hi");
    }

    @Test
    void listsWithMlsdWhenMlstIsAnnouncedAndWithListOtherwise() throws Exception {
        server = PyftpdlibServer.startWithout(scratch, Set.of("MLSD", "MLST"));

        try (FtpClient client = ServerKind.clientOf(server).transcript(transcript).connect()) {
            client.list("/");
        }

        assertThat(transcript.commands()).contains("LIST /").doesNotContain("MLSD /");
    }
}

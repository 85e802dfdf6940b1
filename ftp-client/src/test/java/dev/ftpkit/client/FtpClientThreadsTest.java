package dev.ftpkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ftpkit.client.support.ServerKind;
import dev.ftpkit.testkit.PeerFtpServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * One client serves one thread at a time: a second thread is refused at once, naming who
 * holds the client, and sequential use from several threads works.
 */
@Timeout(30)
class FtpClientThreadsTest {

    @TempDir
    Path scratch;

    private PeerFtpServer server;
    private FtpClient client;
    private final ExecutorService uploader = Executors.newSingleThreadExecutor(runnable ->
            new Thread(runnable, "uploader"));

    @BeforeEach
    void connect() throws Exception {
        server = ServerKind.FTPKIT.start(scratch);
        client = ServerKind.clientOf(server).connect();
    }

    @AfterEach
    void stop() {
        uploader.shutdownNow();
        client.close();
        server.close();
    }

    @Test
    void secondThreadIsRefusedWhileTheFirstRunsAnOperation() throws Exception {
        GatedInput input = new GatedInput();
        Future<Long> upload = uploader.submit(() -> client.upload(input, "/slow.bin"));
        input.awaitFirstRead();

        assertThatThrownBy(() -> client.list("/"))
                .isInstanceOf(FtpClientBusyException.class)
                .hasMessage("cannot start list /: thread 'uploader' is running STOR /slow.bin"
                        + " on this FtpClient; use one client per thread, or FtpTreeTransfer"
                        + " for parallel transfers");
        input.release();
        assertThat(upload.get(10, TimeUnit.SECONDS)).isEqualTo(GatedInput.SIZE);
    }

    @Test
    void anotherThreadMayUseTheClientOnceTheFirstIsDone() throws Exception {
        client.upload(new GatedInput().released(), "/a.bin");

        long size = CompletableFuture.supplyAsync(() -> {
            try {
                return client.size("/a.bin");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).get(10, TimeUnit.SECONDS);

        assertThat(size).isEqualTo(GatedInput.SIZE);
    }

    @Test
    void anyCallIsRefusedWhileAStreamIsOpen() throws Exception {
        Files.writeString(server.localHome().resolve("open.txt"), "still reading");

        try (InputStream in = client.openInputStream("/open.txt")) {
            assertThatThrownBy(() -> client.size("/open.txt"))
                    .isInstanceOf(FtpClientBusyException.class)
                    .hasMessage("cannot start SIZE /open.txt: the stream of RETR /open.txt is"
                            + " still open; close it first, its close() completes the"
                            + " transfer");
            assertThat(in.readAllBytes()).hasSize(13);
        }
        assertThat(client.size("/open.txt")).isEqualTo(13);
    }

    @Test
    void closeFromAnotherThreadAbortsTheOperationInProgress() throws Exception {
        GatedInput input = new GatedInput();
        Future<Long> upload = uploader.submit(() -> client.upload(input, "/aborted.bin"));
        input.awaitFirstRead();

        client.close();
        input.release();

        assertThatThrownBy(() -> upload.get(10, TimeUnit.SECONDS))
                .hasCauseInstanceOf(FtpException.class);
        assertThatThrownBy(() -> client.noop()).isInstanceOf(IllegalStateException.class)
                .hasMessage("cannot start NOOP: this FtpClient is closed");
    }

    @Test
    void closeFromAnotherThreadMidUploadKeepsTheOldFile() throws Exception {
        Path kept = server.localHome().resolve("kept.bin");
        Files.writeString(kept, "the old content");
        server.handOver();
        GatedInput input = new GatedInput().withFirstChunkFree();
        Future<Long> upload = uploader.submit(() -> client.upload(input, "/kept.bin"));
        input.awaitSecondRead();

        client.close();
        input.release();

        assertThatThrownBy(() -> upload.get(10, TimeUnit.SECONDS))
                .hasCauseInstanceOf(IOException.class);
        assertThat(input.remaining()).as("bytes the upload did not read after close()")
                .isPositive();
        awaitNoPartialUploads(server.localHome());
        assertThat(kept).hasContent("the old content");
    }

    /** Waits, at most 10 s, until the server has dropped or committed its temporary files. */
    private static void awaitNoPartialUploads(Path directory) throws Exception {
        for (int attempt = 0; attempt < 200; attempt++) {
            try (var files = Files.list(directory)) {
                if (files.noneMatch(file -> file.getFileName().toString().endsWith(".part"))) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the server still holds a partial upload in " + directory);
    }

    /** An input stream that blocks its reader until released: an upload held mid-way. */
    private static final class GatedInput extends InputStream {

        static final long SIZE = 1_000_000;

        private final CountDownLatch firstRead = new CountDownLatch(1);
        private final CountDownLatch secondRead = new CountDownLatch(1);
        private final CountDownLatch gate = new CountDownLatch(1);
        private long remaining = SIZE;
        private boolean firstChunkFree;
        private int reads;

        /** Lets the first read through at once, so some bytes are on their way. */
        GatedInput withFirstChunkFree() {
            firstChunkFree = true;
            return this;
        }

        void awaitSecondRead() throws InterruptedException {
            assertThat(secondRead.await(10, TimeUnit.SECONDS)).isTrue();
        }

        GatedInput released() {
            gate.countDown();
            return this;
        }

        void awaitFirstRead() throws InterruptedException {
            assertThat(firstRead.await(10, TimeUnit.SECONDS)).isTrue();
        }

        void release() {
            gate.countDown();
        }

        synchronized long remaining() {
            return remaining;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public synchronized int read(byte[] buffer, int offset, int length)
                throws IOException {
            firstRead.countDown();
            if (++reads == 2) {
                secondRead.countDown();
            }
            try {
                if (!(firstChunkFree && reads == 1) && !gate.await(10, TimeUnit.SECONDS)) {
                    throw new IOException("test gate never opened");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted at the test gate", e);
            }
            if (remaining == 0) {
                return -1;
            }
            int n = (int) Math.min(length, remaining);
            java.util.Arrays.fill(buffer, offset, offset + n, (byte) 'x');
            remaining -= n;
            return n;
        }
    }
}

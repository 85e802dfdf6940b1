package dev.ftpkit.cli.transfer;

import dev.ftpkit.client.FtpClient;
import dev.ftpkit.client.FtpClientBuilder;
import dev.ftpkit.client.FtpException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Copies a chosen list of files over several connections at once, for mirrors that copy
 * only some files of a tree: FtpTreeTransfer copies whole trees, and cannot be told to
 * leave files out.
 *
 * <p>Each worker thread connects its own client and takes the next file until none is left.
 * The first failure stops the files not yet started; it is thrown once the running ones
 * have finished, with the later failures attached as suppressed.
 */
final class ParallelCopies {

    private static final int MAX_SUPPRESSED = 10;
    private static final AtomicInteger RUNS = new AtomicInteger();

    private ParallelCopies() {
    }

    /** One file's copy, on whichever connection is free. */
    @FunctionalInterface
    interface Copy {
        /** Copies the file and returns the bytes moved. */
        long run(FtpClient client) throws IOException;
    }

    /** Runs every copy over up to {@code connections} clients; returns the bytes moved. */
    static long run(FtpClientBuilder clients, int connections, List<Copy> copies)
            throws IOException {
        if (copies.isEmpty()) {
            return 0;
        }
        Queue<Copy> pending = new ConcurrentLinkedQueue<>(copies);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong bytes = new AtomicLong();
        List<IOException> failures = new ArrayList<>();
        int workers = Math.min(connections, copies.size());
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            tasks.add(() -> {
                work(clients, pending, stop, bytes, failures);
                return null;
            });
        }

        runAll(tasks);
        if (!failures.isEmpty()) {
            IOException first = failures.get(0);
            FtpException failure = new FtpException(failures.size() + " of " + copies.size()
                    + " copies failed; first: " + first.getMessage(), first);
            failures.stream().skip(1).limit(MAX_SUPPRESSED).forEach(failure::addSuppressed);
            throw failure;
        }
        return bytes.get();
    }

    private static void work(FtpClientBuilder clients, Queue<Copy> pending, AtomicBoolean stop,
            AtomicLong bytes, List<IOException> failures) {
        try (FtpClient client = clients.connect()) {
            for (Copy copy = pending.poll(); copy != null && !stop.get(); copy = pending.poll()) {
                bytes.addAndGet(copy.run(client));
            }
        } catch (IOException | RuntimeException e) {
            stop.set(true);
            synchronized (failures) {
                failures.add(e instanceof IOException io ? io
                        : new FtpException(String.valueOf(e.getMessage()), e));
            }
        }
    }

    private static void runAll(List<Callable<Void>> tasks) throws FtpException {
        int run = RUNS.incrementAndGet();
        AtomicInteger thread = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(tasks.size(), runnable -> {
            Thread worker = new Thread(runnable, "ftpkit-copy-" + run + "-"
                    + thread.incrementAndGet());
            worker.setDaemon(true);
            return worker;
        });
        try {
            executor.invokeAll(tasks);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FtpException("copies interrupted", e);
        } finally {
            executor.shutdownNow();
        }
    }
}

package dev.ftpkit.client;

import dev.ftpkit.client.internal.RemotePaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies a directory tree between this machine and a server over several connections at
 * once: one {@link FtpClient} per connection, each used by one worker thread.
 *
 * <p>One client walks the tree and creates directories first; then the files are spread
 * over all connections. Regular files and directories are copied; symbolic links and other
 * entries are skipped. Names that would place a file outside the local directory are refused
 * (see {@link LocalPaths}) before anything is written. The first failure stops the
 * remaining files from starting and is thrown when the running ones have finished, with
 * later failures attached as suppressed.
 *
 * <p>Each call opens its connections and closes them before returning. Instances are
 * immutable; concurrent calls each open their own connections.
 */
public final class FtpTreeTransfer {

    private static final Logger log = LoggerFactory.getLogger(FtpTreeTransfer.class);
    private static final int MAX_DEPTH = 64;
    private static final int MAX_SUPPRESSED = 10;
    private static final AtomicInteger TRANSFERS = new AtomicInteger();

    private final FtpClientBuilder clients;
    private final int connections;

    private FtpTreeTransfer(FtpClientBuilder clients, int connections) {
        this.clients = clients;
        this.connections = connections;
    }

    /**
     * Returns a tree transfer that connects up to {@code connections} clients with
     * {@code clients}. Servers limit sessions per address (vsftpd max_per_ip, ProFTPD
     * MaxClientsPerHost); 2 to 8 is usually welcome.
     */
    public static FtpTreeTransfer using(FtpClientBuilder clients, int connections) {
        if (connections < 1 || connections > 64) {
            throw new IllegalArgumentException("connections out of range 1-64: " + connections);
        }
        return new FtpTreeTransfer(Objects.requireNonNull(clients, "clients"), connections);
    }

    /** Copies the tree under {@code remoteDirectory} into {@code localDirectory}. */
    public TreeTransferResult download(String remoteDirectory, Path localDirectory)
            throws IOException {
        long started = System.nanoTime();
        try (Pool pool = new Pool()) {
            FtpClient walker = pool.first();
            List<String> directories = new ArrayList<>();
            List<FtpEntryPath> files = new ArrayList<>();
            walkRemote(walker, remoteDirectory, directories, files);

            // Every local path is checked before the first is written: a listing that names
            // a path outside the target stops the download with nothing written.
            List<Path> localDirectories = new ArrayList<>();
            for (String relative : directories) {
                localDirectories.add(LocalPaths.resolveInside(localDirectory, relative));
            }
            List<Job> jobs = new ArrayList<>();
            for (FtpEntryPath file : files) {
                Path local = LocalPaths.resolveInside(localDirectory, file.relative());
                jobs.add(client -> client.download(file.remote(), local));
            }

            Files.createDirectories(localDirectory);
            for (Path directory : localDirectories) {
                Files.createDirectories(directory);
            }
            long bytes = pool.run(jobs, "download of " + remoteDirectory);
            return new TreeTransferResult(files.size(), directories.size() + 1, bytes,
                    Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /** Copies the tree under {@code localDirectory} to {@code remoteDirectory}, creating it. */
    public TreeTransferResult upload(Path localDirectory, String remoteDirectory)
            throws IOException {
        long started = System.nanoTime();
        List<Path> directories;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(localDirectory)) {
            List<Path> all = walk.filter(path -> !path.equals(localDirectory)).sorted().toList();
            directories = all.stream().filter(Files::isDirectory).toList();
            files = all.stream().filter(Files::isRegularFile).toList();
        }
        try (Pool pool = new Pool()) {
            FtpClient creator = pool.first();
            creator.makeDirectories(remoteDirectory);
            for (Path directory : directories) {
                creator.makeDirectories(remote(remoteDirectory, localDirectory, directory));
            }
            long bytes = pool.run(files.stream().map(file -> (Job) client -> client.upload(
                    file, remote(remoteDirectory, localDirectory, file))).toList(),
                    "upload to " + remoteDirectory);
            return new TreeTransferResult(files.size(), directories.size() + 1, bytes,
                    Duration.ofNanos(System.nanoTime() - started));
        }
    }

    private static String remote(String remoteDirectory, Path localRoot, Path local) {
        String relative = localRoot.relativize(local).toString().replace(
                local.getFileSystem().getSeparator(), "/");
        return RemotePaths.join(remoteDirectory, relative);
    }

    private static void walkRemote(FtpClient client, String top, List<String> directories,
            List<FtpEntryPath> files) throws FtpException {
        Deque<PendingDirectory> pending = new ArrayDeque<>();
        pending.add(new PendingDirectory(top, "", 0));
        while (!pending.isEmpty()) {
            PendingDirectory next = pending.poll();
            if (next.depth() > MAX_DEPTH) {
                throw new FtpException("cannot copy " + next.remote() + ": more than "
                        + MAX_DEPTH + " levels deep; is the server listing a directory inside"
                        + " itself?");
            }
            for (FtpEntry entry : client.list(next.remote())) {
                String remote = RemotePaths.join(next.remote(), entry.name());
                String local = next.relative().isEmpty() ? entry.name()
                        : next.relative() + "/" + entry.name();
                if (entry.isDirectory()) {
                    directories.add(local);
                    pending.add(new PendingDirectory(remote, local, next.depth() + 1));
                } else if (entry.isFile()) {
                    files.add(new FtpEntryPath(remote, local));
                } else {
                    log.debug("tree download skips {} ({})", remote, entry.type());
                }
            }
        }
    }

    /** A remote directory still to list, its path relative to the top, and its depth. */
    private record PendingDirectory(String remote, String relative, int depth) {
    }

    /** A remote file and its path relative to the tree's top, '/'-separated. */
    private record FtpEntryPath(String remote, String relative) {
    }

    /** One file's transfer on whichever client is free. */
    @FunctionalInterface
    private interface Job {
        long run(FtpClient client) throws IOException;
    }

    /** Up to {@code connections} clients, each lent to one worker at a time. */
    private final class Pool implements AutoCloseable {

        private final BlockingQueue<FtpClient> idle = new ArrayBlockingQueue<>(connections);
        private final List<FtpClient> all = new ArrayList<>();

        FtpClient first() throws FtpException {
            FtpClient client = clients.connect();
            all.add(client);
            return client;
        }

        /** Runs every job on the pool's clients and returns the sum of their bytes. */
        long run(List<Job> jobs, String what) throws IOException {
            int workers = Math.max(1, Math.min(connections, jobs.size()));
            while (all.size() < workers) {
                all.add(clients.connect());
            }
            idle.addAll(all.subList(0, workers));

            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong bytes = new AtomicLong();
            List<IOException> failures = new ArrayList<>();
            List<Callable<Void>> tasks = new ArrayList<>();
            for (Job job : jobs) {
                tasks.add(() -> {
                    if (!stop.get()) {
                        runOne(job, stop, bytes, failures);
                    }
                    return null;
                });
            }
            invokeAll(tasks, workers);
            throwFirst(failures, jobs.size(), what);
            return bytes.get();
        }

        private void runOne(Job job, AtomicBoolean stop, AtomicLong bytes,
                List<IOException> failures) throws InterruptedException {
            FtpClient client = idle.take();
            try {
                bytes.addAndGet(job.run(client));
            } catch (IOException | RuntimeException e) {
                stop.set(true);
                synchronized (failures) {
                    failures.add(e instanceof IOException io ? io
                            : new FtpException(e.getMessage(), e));
                }
            } finally {
                idle.add(client);
            }
        }

        private void invokeAll(List<Callable<Void>> tasks, int workers) throws IOException {
            int id = TRANSFERS.incrementAndGet();
            AtomicInteger thread = new AtomicInteger();
            ExecutorService executor = Executors.newFixedThreadPool(workers, runnable -> {
                Thread worker = new Thread(runnable,
                        "ftp-tree-" + id + "-" + thread.incrementAndGet());
                worker.setDaemon(true);
                return worker;
            });
            try {
                executor.invokeAll(tasks);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FtpException("tree transfer interrupted", e);
            } finally {
                executor.shutdownNow();
            }
        }

        private void throwFirst(List<IOException> failures, int total, String what)
                throws IOException {
            if (failures.isEmpty()) {
                return;
            }
            IOException first = failures.get(0);
            FtpException failure = new FtpException("tree " + what + " failed for "
                    + failures.size() + " of " + total + " files; first: "
                    + first.getMessage(), first);
            failures.stream().skip(1).limit(MAX_SUPPRESSED).forEach(failure::addSuppressed);
            throw failure;
        }

        @Override
        public void close() {
            all.forEach(FtpClient::close);
        }
    }
}

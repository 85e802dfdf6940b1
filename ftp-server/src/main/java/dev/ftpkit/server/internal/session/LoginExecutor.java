package dev.ftpkit.server.internal.session;

import io.netty.util.concurrent.DefaultThreadFactory;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The threads that check passwords, apart from the file executors.
 *
 * <p>A good password hash is slow on purpose (PBKDF2, hundreds of milliseconds). On the file
 * executors, a flood of PASS from many connections would queue ahead of every session's
 * listings and transfers; here it queues only behind other logins. At most
 * {@code maxInProgress} logins run or wait at once; past that {@link #trySubmit} refuses,
 * so a flood costs bounded memory and the client hears at once that it must retry.
 */
final class LoginExecutor {

    private final ExecutorService threads;
    private final Semaphore inProgress;

    LoginExecutor(int threadCount, int maxInProgress) {
        // The queue needs no bound of its own: the semaphore admits at most maxInProgress.
        this.threads = new ThreadPoolExecutor(threadCount, threadCount, 0, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), new DefaultThreadFactory("ftpkit-login"));
        this.inProgress = new Semaphore(maxInProgress);
    }

    /**
     * Runs {@code login} on a login thread, unless as many logins as allowed already run
     * or wait.
     *
     * @return false, having run nothing, when the limit is reached
     */
    boolean trySubmit(Runnable login) {
        if (!inProgress.tryAcquire()) {
            return false;
        }
        try {
            threads.execute(() -> {
                try {
                    login.run();
                } finally {
                    inProgress.release();
                }
            });
            return true;
        } catch (RuntimeException e) {
            inProgress.release();
            throw e;
        }
    }

    /** Stops the threads, interrupting logins that still run, and waits a short while. */
    void shutdown() {
        threads.shutdownNow();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

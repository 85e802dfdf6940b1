package dev.ftpkit.server.interop;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** Kills a process we started together with everything it started. */
final class ProcessTrees {

    private static final long GRACE_SECONDS = 10;

    private ProcessTrees() {
    }

    /**
     * Forcibly ends {@code process} and its descendants, and waits until it is gone.
     *
     * <p>Descendants are listed before the parent dies: once it is gone they are re-parented
     * and could no longer be found from it.
     */
    static void destroy(Process process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        descendants.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            // The kill signals are already sent; keep the interrupt for the caller.
            Thread.currentThread().interrupt();
        }
    }
}

package dev.ftpkit.client.probe;

import dev.ftpkit.client.FtpConnectionException;
import dev.ftpkit.client.FtpException;
import dev.ftpkit.client.FtpLoginException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Probes a live FTP server and returns its conformance {@link Scorecard}.
 *
 * <p>The probe logs in, then runs a fixed suite of bounded checks: the greeting and FEAT
 * formats; that commands out of order (PASS before USER, RNTO without RNFR, a command
 * after REST, a transfer without a data connection, a file command before login) are
 * refused with the reply the sequencing rules owe; unknown verbs and missing arguments;
 * the PASV, EPSV, MLST, MLSD, SIZE and MDTM reply formats; UTF-8; whether TLS is offered;
 * NOOP, STAT, HELP and QUIT. Each result says what was sent, what the RFC and ftpkit's
 * rules expect, what came back, and PASS, WARN, FAIL or SKIP.
 *
 * <p>It only reads, except under {@link ProbeSettings#write()}: then it creates a
 * uniquely named scratch folder in the probe's directory, uploads two small files into
 * it, renames one, and removes the folder at the end, also when a check fails. Commands
 * that could change anything else name paths that do not exist or lack their argument.
 *
 * <p>Every reply is waited for at most {@link ProbeSettings#replyTimeout()} (a transfer
 * sent without a data connection only {@link ProbeSettings#dataWait()}), and each check
 * is stopped after {@link ProbeSettings#checkTimeout()}: its connections are closed and it
 * fails. Checks that send commands out of order use sessions of their own, which end with
 * the check, so one check's leftovers cannot change another's result.
 *
 * <h2>Known limitations</h2>
 * TLS is reported as offered or not; the probe has no TLS client and negotiates nothing,
 * so servers that require TLS before login cannot be probed. Passive mode only: PORT and
 * EPRT are not checked. A greeting that breaks the reply format ends the probe with
 * {@link FtpConnectionException} rather than a FAIL, since nothing can follow it.
 */
public final class ServerProbe {

    private static final Logger log = LoggerFactory.getLogger(ServerProbe.class);

    private ServerProbe() {
    }

    /**
     * Runs the suite against the server in {@code settings} and returns the scorecard.
     *
     * @throws FtpConnectionException when the server cannot be reached or its greeting is
     *     not a 220 reply
     * @throws FtpLoginException when it refuses the login
     * @throws FtpException when it refuses the probe's directory
     */
    public static Scorecard run(ProbeSettings settings) throws FtpException {
        return run(settings, ProbeChecks.suite());
    }

    static Scorecard run(ProbeSettings settings, List<ProbeCheck> checks) throws FtpException {
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "ftpkit-probe-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        try (ProbeContext context = ProbeContext.open(settings)) {
            List<CheckResult> results = new ArrayList<>();
            for (ProbeCheck check : checks) {
                results.add(runOne(check, context, watchdog));
            }
            Scorecard scorecard = new Scorecard(settings.target(), settings.write(), results);
            logSummary(settings, scorecard.counts());
            return scorecard;
        } finally {
            watchdog.shutdownNow();
        }
    }

    private static CheckResult runOne(ProbeCheck check, ProbeContext context,
            ScheduledExecutorService watchdog) {
        AtomicBoolean stopped = new AtomicBoolean();
        long limit = context.settings().checkTimeout().toMillis();
        ScheduledFuture<?> timer = watchdog.schedule(() -> {
            stopped.set(true);
            context.abort();
        }, limit, TimeUnit.MILLISECONDS);
        try {
            CheckResult result = check.run(context);
            log.debug("probe check {}: {} {}", check.id(), result.verdict(), result.note());
            return stopped.get() ? stoppedResult(check, context) : result;
        } catch (FtpException | RuntimeException e) {
            if (stopped.get()) {
                return stoppedResult(check, context);
            }
            log.debug("probe check {} could not complete", check.id(), e);
            return check.report().fail("the check could not complete: " + e.getMessage());
        } finally {
            timer.cancel(false);
            context.endCheck();
        }
    }

    private static CheckResult stoppedResult(ProbeCheck check, ProbeContext context) {
        return check.report().fail("stopped after "
                + WireText.seconds(context.settings().checkTimeout())
                + ": the server answered too slowly");
    }

    private static void logSummary(ProbeSettings settings, Map<CheckVerdict, Long> counts) {
        log.debug("probe of {}: {} pass, {} warn, {} fail, {} skip", settings.target(),
                counts.get(CheckVerdict.PASS), counts.get(CheckVerdict.WARN),
                counts.get(CheckVerdict.FAIL), counts.get(CheckVerdict.SKIP));
    }
}

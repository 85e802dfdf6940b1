package dev.ftpkit.client.probe;

import dev.ftpkit.client.FtpException;
import dev.ftpkit.protocol.diagnostics.Situation;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A check that is one row of data: in a session of a given kind, send some set-up
 * commands that must be accepted, then one probing command, and judge its reply code by a
 * {@link ReplyExpectation}. Most checks of the suite are such rows; see {@link ProbeChecks}.
 *
 * @param id the check's identifier
 * @param title what it asks
 * @param session where the commands go
 * @param setup commands sent first, each with the reply class it must get; otherwise the
 *     check is skipped, since the server does not offer what it needs
 * @param line the probing command, sent unchecked
 * @param expectation the verdict for each reply code
 * @param situation the out-of-order case, for the server notes; empty for none
 * @param silence the note when no final reply comes, "" for the default
 * @param waitsForData whether to wait only the probe's data wait for the reply, because a
 *     careful server answers at once and a careless one waits for a data connection
 */
record CommandCheck(String id, String title, SessionKind session, List<Step> setup,
        String line, ReplyExpectation expectation, Optional<Situation> situation,
        String silence, boolean waitsForData) implements ProbeCheck {

    /** Which session a row's commands go to. */
    enum SessionKind {
        /** A new session, greeted and not logged in. */
        BEFORE_LOGIN,
        /** A new session, logged in, so that whatever the commands leave behind dies with it. */
        OWN_LOGIN,
        /** The shared logged-in session, for commands that change nothing. */
        SHARED
    }

    /**
     * A set-up command and the first digit of the reply it needs.
     *
     * @param line the command
     * @param replyClass 2 for a 2yz, 3 for a 3yz
     */
    record Step(String line, int replyClass) {
    }

    @Override
    public CheckResult run(ProbeContext context) throws FtpException {
        CheckReport report = report().expected(expectation.description());
        situation.ifPresent(report::quirks);
        ProbeSession session = switch (this.session) {
            case BEFORE_LOGIN -> context.greeted();
            case OWN_LOGIN -> context.loggedIn();
            case SHARED -> context.shared();
        };
        for (Step step : setup) {
            Exchange exchange = session.exchange(step.line());
            report.exchange(exchange);
            if (exchange.finalReply().isEmpty()) {
                return report.fail("the server did not answer " + exchange.command() + ": "
                        + exchange.silence());
            }
            if (exchange.code() / 100 != step.replyClass()) {
                return report.skip("not checked: " + step.line() + " was not accepted, so the"
                        + " server does not offer what this check needs");
            }
        }
        Duration wait = waitsForData ? context.settings().dataWait()
                : context.settings().replyTimeout();
        Exchange exchange = session.exchange(line, wait);
        report.exchange(exchange);
        return judge(exchange, report);
    }

    private CheckResult judge(Exchange exchange, CheckReport report) {
        if (exchange.finalReply().isEmpty()) {
            String what = silence.isEmpty() ? "the server did not answer" : silence;
            return report.fail(what + ": " + exchange.silence());
        }
        ReplyExpectation.Judgement judgement = expectation.judge(exchange.code());
        if (judgement.verdict() == CheckVerdict.PASS && exchange.hadPreliminary()) {
            // A 1yz means the server started the command before refusing it.
            return report.warn("a preliminary reply came before the " + exchange.code()
                    + ": the server began the command, then gave up; " + judgement.reason());
        }
        return report.result(judgement);
    }
}

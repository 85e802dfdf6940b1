package dev.ftpkit.client.probe;

import dev.ftpkit.protocol.diagnostics.ServerQuirk;
import dev.ftpkit.protocol.diagnostics.ServerQuirks;
import dev.ftpkit.protocol.diagnostics.Situation;
import java.util.ArrayList;
import java.util.List;

/** Collects what a check sent and received, then becomes its {@link CheckResult}. */
final class CheckReport {

    private final String id;
    private final String title;
    private final List<String> sent = new ArrayList<>();
    private final List<String> received = new ArrayList<>();
    private final List<String> serverNotes = new ArrayList<>();
    private String expected = "";

    CheckReport(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** Sets what the RFC and the rules expect, as the "expected" column shows it. */
    CheckReport expected(String text) {
        this.expected = text;
        return this;
    }

    /** Records a command and everything that came back for it. */
    CheckReport exchange(Exchange exchange) {
        sent.add(exchange.command());
        received.addAll(exchange.received());
        return this;
    }

    /** Records a line received without a command of its own, such as the greeting. */
    CheckReport received(List<String> lines) {
        received.addAll(lines);
        return this;
    }

    /** Adds how real servers answer {@code situation}, kept if the check warns or fails. */
    CheckReport quirks(Situation situation) {
        ServerQuirks.in(situation).stream().map(ServerQuirk::summary).forEach(serverNotes::add);
        return this;
    }

    CheckResult pass(String note) {
        return result(CheckVerdict.PASS, note);
    }

    CheckResult warn(String note) {
        return result(CheckVerdict.WARN, note);
    }

    CheckResult fail(String note) {
        return result(CheckVerdict.FAIL, note);
    }

    CheckResult skip(String note) {
        return result(CheckVerdict.SKIP, note);
    }

    /** Returns the result with {@code verdict}; server notes are kept for WARN and FAIL only. */
    CheckResult result(CheckVerdict verdict, String note) {
        boolean differs = verdict == CheckVerdict.WARN || verdict == CheckVerdict.FAIL;
        List<String> notes = differs ? serverNotes : List.of();
        return new CheckResult(id, title, verdict, sent, expected, received, note, notes);
    }

    /** Returns the result of a judgement. */
    CheckResult result(ReplyExpectation.Judgement judgement) {
        return result(judgement.verdict(), judgement.reason());
    }
}

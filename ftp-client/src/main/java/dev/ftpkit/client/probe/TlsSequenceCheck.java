package dev.ftpkit.client.probe;

import dev.ftpkit.client.FtpException;
import dev.ftpkit.protocol.command.Verb;
import dev.ftpkit.protocol.sequence.Precondition;

/**
 * PBSZ before AUTH TLS, and PROT before PBSZ: both owe 503 (RFC 2228 section 3; RFC 4217
 * uses both). Judged only for servers that list AUTH TLS in FEAT; for others the replies
 * are shown and the check is skipped.
 */
final class TlsSequenceCheck implements ProbeCheck {

    @Override
    public String id() {
        return "tls-sequence";
    }

    @Override
    public String title() {
        return "Refuses PBSZ before AUTH TLS and PROT before PBSZ";
    }

    @Override
    public CheckResult run(ProbeContext context) throws FtpException {
        ProbeSession session = context.greeted();
        Exchange pbsz = session.exchange("PBSZ 0");
        Exchange prot = session.exchange("PROT P");
        int owed = RuleTexts.code(Verb.PBSZ, Precondition.TLS_NEGOTIATED);
        CheckReport report = report()
                .expected(RuleTexts.expected(Verb.PBSZ, Precondition.TLS_NEGOTIATED,
                        "RFC 2228 3") + " and " + RuleTexts.expected(Verb.PROT,
                        Precondition.PROTECTION_BUFFER_SET, "RFC 2228 3"))
                .exchange(pbsz)
                .exchange(prot);
        if (!TlsFeatures.announced(context.features())) {
            return report.skip("TLS not offered (no AUTH TLS in FEAT); replies shown as"
                    + " received");
        }
        if (pbsz.code() == owed && prot.code() == owed) {
            return report.pass("");
        }
        if (pbsz.code() / 100 == 2 || prot.code() / 100 == 2) {
            return report.fail("accepted PBSZ or PROT on a control connection TLS does not"
                    + " protect");
        }
        if (pbsz.code() == -1 || prot.code() == -1) {
            return report.fail("the server did not answer: " + pbsz.silence() + prot.silence());
        }
        return report.warn("refused, but not with " + owed + " Bad sequence of commands"
                + (pbsz.code() == 530 ? "; 530 asks for a login that RFC 4217 puts after"
                        + " AUTH TLS" : ""));
    }
}

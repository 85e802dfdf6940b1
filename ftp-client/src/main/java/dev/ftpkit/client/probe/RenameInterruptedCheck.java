package dev.ftpkit.client.probe;

import static dev.ftpkit.client.probe.ReplyExpectation.codes;
import static dev.ftpkit.client.probe.ReplyExpectation.replyClass;

import dev.ftpkit.client.FtpException;
import dev.ftpkit.client.probe.ProbeContext.ScratchFolder;
import dev.ftpkit.protocol.command.Verb;
import dev.ftpkit.protocol.diagnostics.Situation;
import dev.ftpkit.protocol.sequence.Precondition;
import java.util.Optional;

/**
 * RNFR, NOOP, RNTO on a file in the scratch folder: RNTO must come right after RNFR, and
 * servers disagree on what a command between them does. Needs {@code --write}.
 */
final class RenameInterruptedCheck implements ProbeCheck {

    private static final ReplyExpectation EXPECTATION = ReplyExpectation
            .expect(RuleTexts.expected(Verb.RNTO, Precondition.RENAME_PENDING, "RFC 959 4.1.3"))
            .pass(codes(RuleTexts.code(Verb.RNTO, Precondition.RENAME_PENDING)),
                    "refused: the command between dropped the pending rename")
            .warn(replyClass(2), "renamed anyway: the server kept the RNFR name across"
                    + " another command, which the RFC does not promise and other servers"
                    + " refuse")
            .warn(replyClass(5), "refused, but not with 503 Bad sequence of commands");

    @Override
    public String id() {
        return "rename-interrupted";
    }

    @Override
    public String title() {
        return "Refuses RNTO when another command came after RNFR";
    }

    @Override
    public CheckResult run(ProbeContext context) throws FtpException {
        CheckReport report = report().expected(EXPECTATION.description())
                .quirks(Situation.COMMAND_BETWEEN_RNFR_AND_RNTO);
        Optional<ScratchFolder> scratch = context.scratch();
        if (scratch.isEmpty()) {
            return report.skip("needs --write and a scratch folder");
        }
        ProbeSession session = context.loggedIn();
        Exchange rnfr = session.exchange("RNFR " + scratch.get().renamePath());
        report.exchange(rnfr);
        if (rnfr.code() != 350) {
            return report.fail("RNFR of a file the probe just uploaded answered "
                    + rnfr.code() + ", not 350");
        }
        report.exchange(session.exchange("NOOP"));
        Exchange rnto = session.exchange("RNTO " + scratch.get().name() + "/renamed.txt");
        report.exchange(rnto);
        if (rnto.finalReply().isEmpty()) {
            return report.fail("the server did not answer RNTO: " + rnto.silence());
        }
        return report.result(EXPECTATION.judge(rnto.code()));
    }
}

package dev.ftpkit.client.probe;

import dev.ftpkit.client.FtpException;
import dev.ftpkit.protocol.reply.Reply;

/**
 * The greeting: 220, on one line or as a multi-line reply. A greeting that is no reply at
 * all stops the probe before any check (ftpkit's reply decoder refuses it), so by the time
 * this check runs the format is known to be sound.
 */
final class GreetingCheck implements ProbeCheck {

    @Override
    public String id() {
        return "greeting";
    }

    @Override
    public String title() {
        return "Greets with 220, on one line or as a well-formed multi-line reply";
    }

    @Override
    public CheckResult run(ProbeContext context) throws FtpException {
        Reply greeting = context.shared().greeting();
        CheckReport report = report()
                .expected("220, its lines framed as RFC 959 4.2 says: 220- on the first,"
                        + " 220 and a space on the last")
                .received(WireText.lines(greeting));
        if (greeting.isMultiLine()) {
            return report.pass("multi-line greeting of " + greeting.lines().size() + " lines,"
                    + " first and last framed with the same code");
        }
        return report.pass("");
    }
}

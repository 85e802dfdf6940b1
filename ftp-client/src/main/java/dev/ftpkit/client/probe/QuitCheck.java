package dev.ftpkit.client.probe;

import dev.ftpkit.client.FtpConnectionException;
import dev.ftpkit.client.FtpException;
import java.net.SocketTimeoutException;

/** QUIT (RFC 959 section 4.1.1): 221, then the server closes the control connection. */
final class QuitCheck implements ProbeCheck {

    @Override
    public String id() {
        return "quit";
    }

    @Override
    public String title() {
        return "Answers QUIT with 221 and closes the connection";
    }

    @Override
    public CheckResult run(ProbeContext context) throws FtpException {
        ProbeSession session = context.loggedIn();
        Exchange quit = session.exchange("QUIT");
        CheckReport report = report().expected("221, then the server closes the control"
                + " connection (RFC 959 4.1.1 and 5.4)").exchange(quit);
        if (quit.code() != 221) {
            return quit.code() == -1
                    ? report.fail("the server did not answer QUIT: " + quit.silence())
                    : report.fail("answered QUIT with " + quit.code() + ", not 221");
        }
        String wait = WireText.seconds(context.settings().dataWait());
        try {
            session.connection().readTimeout(context.settings().dataWait());
            session.connection().readReply();
            return report.fail("sent another reply after 221");
        } catch (FtpConnectionException e) {
            if (!(e.getCause() instanceof SocketTimeoutException)) {
                return report.pass(""); // end of stream or reset: closed either way
            }
            return report.warn("the connection stayed open " + wait + " after 221; RFC 959"
                    + " 4.1.1 has the server close it");
        }
    }
}

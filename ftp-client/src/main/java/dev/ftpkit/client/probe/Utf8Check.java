package dev.ftpkit.client.probe;

import dev.ftpkit.client.FtpException;

/**
 * UTF-8 path names: FEAT lists UTF8 (RFC 2640 section 3.2), and OPTS UTF8 ON, which
 * Windows servers need before they switch and other servers accept, gets a 2yz. OPTS
 * itself is RFC 2389 section 4.
 */
final class Utf8Check implements ProbeCheck {

    @Override
    public String id() {
        return "utf8";
    }

    @Override
    public String title() {
        return "Announces UTF8 in FEAT and accepts OPTS UTF8 ON";
    }

    @Override
    public CheckResult run(ProbeContext context) throws FtpException {
        Exchange opts = context.shared().exchange("OPTS UTF8 ON");
        CheckReport report = report().expected("FEAT lists UTF8 (RFC 2640 3.2) and OPTS UTF8"
                + " ON gets a 2yz (OPTS: RFC 2389 4)").exchange(opts);
        if (opts.code() == -1) {
            return report.fail("the server did not answer OPTS UTF8 ON: " + opts.silence());
        }
        boolean announced = context.features().utf8();
        boolean accepted = opts.code() / 100 == 2;
        if (announced && accepted) {
            return report.pass("UTF8 in FEAT; OPTS UTF8 ON accepted");
        }
        if (announced) {
            return report.warn("FEAT lists UTF8, but OPTS UTF8 ON gets " + opts.code()
                    + "; clients that send it (FileZilla, lftp) may fall back to another"
                    + " charset");
        }
        if (accepted) {
            return report.warn("accepts OPTS UTF8 ON, but FEAT does not list UTF8, so clients"
                    + " that follow RFC 2640 3.2 do not use UTF-8 for path names");
        }
        return report.skip("UTF-8 not offered: no UTF8 in FEAT, OPTS UTF8 ON refused");
    }
}

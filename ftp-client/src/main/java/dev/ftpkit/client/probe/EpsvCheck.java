package dev.ftpkit.client.probe;

import dev.ftpkit.client.FtpException;
import dev.ftpkit.client.internal.PassiveAddresses;
import java.util.Optional;

/** EPSV (RFC 2428 section 3): a 229 naming only a port, as (|||port|). */
final class EpsvCheck implements ProbeCheck {

    @Override
    public String id() {
        return "epsv-format";
    }

    @Override
    public String title() {
        return "Answers EPSV with a well-formed 229";
    }

    @Override
    public CheckResult run(ProbeContext context) throws FtpException {
        Exchange epsv = context.shared().exchange("EPSV");
        CheckReport report = report()
                .expected("229 Entering Extended Passive Mode (|||port|), port 1-65535"
                        + " (RFC 2428 3)")
                .exchange(epsv);
        int code = epsv.code();
        if (code == -1) {
            return report.fail("the server did not answer EPSV: " + epsv.silence());
        }
        if (code != 229) {
            boolean announced = context.features().supports("EPSV");
            if ((code == 500 || code == 502) && !announced) {
                return report.skip("EPSV not offered (RFC 2428); clients fall back to PASV");
            }
            return report.fail("answered EPSV with " + code + ", not 229"
                    + (announced ? ", though FEAT lists EPSV" : ""));
        }
        Optional<Integer> port = PassiveAddresses.fromEpsv(epsv.finalReply().orElseThrow()
                .text());
        if (port.isEmpty()) {
            return report.fail("the 229 names no (|||port|) with a port of 1-65535");
        }
        return report.pass("");
    }
}

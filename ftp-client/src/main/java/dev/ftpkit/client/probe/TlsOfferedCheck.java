package dev.ftpkit.client.probe;

import dev.ftpkit.client.FtpException;

/**
 * AUTH TLS (RFC 4217): 234 when the server offers TLS. The probe has no TLS client, so it
 * reports the offer and closes that session without a handshake; it negotiates nothing.
 */
final class TlsOfferedCheck implements ProbeCheck {

    @Override
    public String id() {
        return "tls-offered";
    }

    @Override
    public String title() {
        return "Offers TLS with AUTH TLS (reported, not negotiated)";
    }

    @Override
    public CheckResult run(ProbeContext context) throws FtpException {
        Exchange auth = context.greeted().exchange("AUTH TLS");
        CheckReport report = report().expected("234 when TLS is offered (RFC 4217), before"
                + " login; 500, 502 or 504 when it is not").exchange(auth);
        boolean announced = TlsFeatures.announced(context.features());
        int code = auth.code();
        if (code == 234) {
            return announced ? report.pass("offered (TLS not negotiated: the probe closed the"
                    + " session after the 234)")
                    : report.warn("offered, but FEAT does not list AUTH TLS");
        }
        if (code == -1) {
            return report.fail("the server did not answer AUTH TLS: " + auth.silence());
        }
        if (announced && (code == 431 || code == 534)) {
            // RFC 2228 3: 431 and 534 refuse AUTH for want of a resource or by policy.
            return report.warn("FEAT lists AUTH TLS, but AUTH TLS answered " + code + ": TLS"
                    + " is announced and not set up, so clients that trust FEAT fall back");
        }
        if (announced) {
            return report.fail("FEAT lists AUTH TLS, but AUTH TLS answered " + code);
        }
        if (code / 100 == 5 || code == 431) {
            return report.skip("TLS not offered");
        }
        return report.fail("answered AUTH TLS with " + code + ", neither 234 nor a refusal");
    }
}

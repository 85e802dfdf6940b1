package dev.ftpkit.client.probe;

import dev.ftpkit.client.FtpException;
import dev.ftpkit.client.internal.PassiveAddresses;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.regex.Pattern;

/** PASV: a 227 naming an IPv4 address and port as h1,h2,h3,h4,p1,p2 (RFC 959 4.1.2). */
final class PasvFormatCheck implements ProbeCheck {

    private static final Pattern IN_PARENTHESES = Pattern.compile(
            "\\(\\d{1,3}(,\\d{1,3}){5}\\)");

    @Override
    public String id() {
        return "pasv-format";
    }

    @Override
    public String title() {
        return "Answers PASV with a well-formed 227";
    }

    @Override
    public CheckResult run(ProbeContext context) throws FtpException {
        ProbeSession session = context.shared();
        Exchange pasv = session.exchange("PASV");
        CheckReport report = report()
                .expected("227 Entering Passive Mode (h1,h2,h3,h4,p1,p2), each number 0-255,"
                        + " port above 0 (RFC 959 4.1.2 and 5.4)")
                .exchange(pasv);
        int code = pasv.code();
        if (code == -1) {
            return report.fail("the server did not answer PASV: " + pasv.silence());
        }
        if (code != 227) {
            if (session.connection().remoteAddress().getAddress() instanceof Inet6Address) {
                return report.skip("PASV refused on an IPv6 control connection, where only"
                        + " EPSV can work (RFC 2428 3)");
            }
            return code == 500 || code == 502 ? report.skip("PASV not offered")
                    : report.fail("answered PASV with " + code + ", not 227");
        }
        String text = pasv.finalReply().orElseThrow().text();
        Optional<InetSocketAddress> named = PassiveAddresses.fromPasv(text);
        if (named.isEmpty()) {
            return report.fail("the 227 names no h1,h2,h3,h4,p1,p2 with numbers 0-255");
        }
        if (named.get().getPort() == 0) {
            return report.fail("the 227 names port 0");
        }
        if (!IN_PARENTHESES.matcher(text).find()) {
            return report.warn("the numbers are not in parentheses; RFC 1123 4.1.2.6 tells"
                    + " clients to scan for them, but some clients expect \"(\"");
        }
        return report.pass("names " + named.get().getAddress().getHostAddress());
    }
}

package dev.ftpkit.client.probe;

import dev.ftpkit.client.FtpException;
import dev.ftpkit.client.internal.PassiveAddresses;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Optional;

/**
 * The address in a 227: a server behind NAT that names its private inside address while
 * clients reach it at a public one breaks every client that trusts the 227. Only a
 * control connection to a public address can show it.
 */
final class PasvAddressCheck implements ProbeCheck {

    @Override
    public String id() {
        return "pasv-address";
    }

    @Override
    public String title() {
        return "Names in its 227 an address clients can reach";
    }

    @Override
    public CheckResult run(ProbeContext context) throws FtpException {
        ProbeSession session = context.shared();
        Exchange pasv = session.exchange("PASV");
        CheckReport report = report()
                .expected("227 naming the address the control connection goes to, or another"
                        + " routable one; a private address behind NAT is unreachable")
                .exchange(pasv);
        Optional<InetSocketAddress> named = pasv.code() == 227
                ? PassiveAddresses.fromPasv(pasv.finalReply().orElseThrow().text())
                : Optional.empty();
        if (named.isEmpty()) {
            return report.skip("no usable 227 to judge; see pasv-format");
        }
        InetAddress control = session.connection().remoteAddress().getAddress();
        return judge(named.get().getAddress(), control, report);
    }

    /** Returns the verdict on a 227 naming {@code named}; the control peer is {@code control}. */
    static CheckResult judge(InetAddress named, InetAddress control, CheckReport report) {
        String loopback = control.isLoopbackAddress()
                ? "; the control connection is on loopback, where a server behind NAT cannot"
                        + " show a private address, so this says little" : "";
        if (named.equals(control)) {
            return report.pass("names " + named.getHostAddress() + ", the address the control"
                    + " connection goes to" + loopback);
        }
        if (PassiveAddresses.isUnroutable(named)) {
            return report.warn("names " + named.getHostAddress() + ", a private or unroutable"
                    + " address, while the control connection goes to "
                    + control.getHostAddress() + ": the server announces an address behind"
                    + " NAT; clients that trust it cannot connect (ftpkit's client connects to "
                    + control.getHostAddress() + " instead); set the server's passive address");
        }
        return report.pass("names " + named.getHostAddress() + ", a routable address other"
                + " than the control connection's " + control.getHostAddress() + loopback);
    }
}

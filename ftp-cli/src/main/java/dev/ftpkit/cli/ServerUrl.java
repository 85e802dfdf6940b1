package dev.ftpkit.cli;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/** Writes the {@code ftp://} URL a user pastes into a client to reach the server. */
final class ServerUrl {

    private ServerUrl() {
    }

    /**
     * Returns the URL of the server listening at {@code address}, with the user's name and
     * password in it when given. A server listening on every interface is named by the
     * loopback address of the same family, the one address that surely reaches it from here.
     */
    static String of(InetSocketAddress address, Optional<Credentials> credentials) {
        StringBuilder url = new StringBuilder("ftp://");
        credentials.ifPresent(c -> url.append(c.user()).append(':').append(c.password())
                .append('@'));
        url.append(host(address.getAddress())).append(':').append(address.getPort()).append('/');
        return url.toString();
    }

    private static String host(InetAddress address) {
        InetAddress reachable = address.isAnyLocalAddress() ? loopbackOfFamily(address) : address;
        if (reachable instanceof Inet6Address) {
            // RFC 3986 brackets IPv6 literals; RFC 6874 writes a zone's "%" as "%25".
            return "[" + reachable.getHostAddress().replace("%", "%25") + "]";
        }
        return reachable.getHostAddress();
    }

    private static InetAddress loopbackOfFamily(InetAddress address) {
        byte[] bytes = address instanceof Inet6Address ? new byte[16] : new byte[] {127, 0, 0, 0};
        bytes[bytes.length - 1] = 1;
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("a 4- or 16-byte address is always valid", e);
        }
    }

    /** A user name and password to put into the URL; both must already be URL-safe. */
    record Credentials(String user, String password) {
    }
}

package dev.ftpkit.client.internal;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the data address out of 227 and 229 replies and decides whether to believe it. */
public final class PassiveAddresses {

    private static final Pattern PASV = Pattern.compile(
            "(\\d{1,3}),(\\d{1,3}),(\\d{1,3}),(\\d{1,3}),(\\d{1,3}),(\\d{1,3})");
    /** RFC 2428 section 3: (|||port|), any printable delimiter repeated the same way. */
    private static final Pattern EPSV = Pattern.compile("\\((\\p{Graph})\\1\\1(\\d{1,5})\\1\\)");

    private PassiveAddresses() {
    }

    /** Returns the address and port in a 227 text, or empty when it holds none. */
    public static Optional<InetSocketAddress> fromPasv(String text) {
        Matcher m = PASV.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        byte[] address = new byte[4];
        for (int i = 0; i < 4; i++) {
            int part = Integer.parseInt(m.group(i + 1));
            if (part > 255) {
                return Optional.empty();
            }
            address[i] = (byte) part;
        }
        int high = Integer.parseInt(m.group(5));
        int low = Integer.parseInt(m.group(6));
        // Port 0 cannot be connected to; treat it like a reply without an address.
        if (high > 255 || low > 255 || high == 0 && low == 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new InetSocketAddress(InetAddress.getByAddress(address),
                    high * 256 + low));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }

    /** Returns the port in a 229 text, or empty when it holds none. */
    public static Optional<Integer> fromEpsv(String text) {
        Matcher m = EPSV.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        int port = Integer.parseInt(m.group(2));
        return port >= 1 && port <= 65535 ? Optional.of(port) : Optional.empty();
    }

    /**
     * Returns where to open the data connection for a 227 that named {@code named}.
     *
     * <p>Unless {@code trust} is set, the address is ignored and the control connection's
     * peer is used, port kept, as EPSV does by design (RFC 2428). A private address is
     * usually a server behind NAT announcing its inside address, which this client cannot
     * reach and must not probe; any other address is a third host a hostile server would
     * make the client connect to (curl CVE-2020-8284, which made curl ignore it too).
     */
    public static InetSocketAddress choose(InetSocketAddress named, InetAddress controlPeer,
            boolean trust) {
        if (trust || named.getAddress().equals(controlPeer)) {
            return named;
        }
        return new InetSocketAddress(controlPeer, named.getPort());
    }

    /** Returns whether {@code address} cannot be reached from the public Internet. */
    public static boolean isUnroutable(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress()
                || address.isLinkLocalAddress() || address.isSiteLocalAddress()) {
            return true;
        }
        if (address instanceof Inet4Address) {
            byte[] bytes = address.getAddress();
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            // 0.0.0.0/8 "this network" and 100.64.0.0/10 carrier-grade NAT (RFC 6598).
            return first == 0 || first == 100 && second >= 64 && second <= 127;
        }
        // IPv6 unique local addresses, fc00::/7 (RFC 4193).
        return (address.getAddress()[0] & 0xfe) == 0xfc;
    }
}

package dev.ftpkit.server.internal.command;

import dev.ftpkit.server.internal.session.FtpSession;
import dev.ftpkit.server.internal.session.RunningCommand;
import dev.ftpkit.server.internal.transfer.ActiveConnection;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * PORT (RFC 959 4.1.2) and EPRT (RFC 2428 2): the client names where the server connects for
 * the next transfer. Nothing is connected here; the transfer connects.
 *
 * <p>To stop the bounce attack (RFC 2577 3), the address must be the client's own and the
 * port at least 1024. Both refusals get 504 "not implemented for that parameter", the reply
 * RFC 2577 suggests for a port below 1024; vsftpd answers "500 Illegal PORT command" instead,
 * but 500 says the command itself was not understood, and it was.
 */
final class ActiveHandler implements CommandHandler {

    private static final Pattern PORT_ARGUMENT =
            Pattern.compile("\\d{1,3}(,\\d{1,3}){5}");
    private static final int LOWEST_PORT = 1024;

    @Override
    public void handle(RunningCommand command) {
        InetSocketAddress target;
        try {
            target = switch (command.verb().orElseThrow()) {
                case PORT -> parsePort(command.argument().trim());
                case EPRT -> parseEprt(command.argument().trim(),
                        familyOf(command.session().remoteAddress().getAddress()));
                default -> throw new IllegalArgumentException("not an active verb: " + command);
            };
        } catch (SyntaxError e) {
            command.reply(e.code, e.getMessage());
            return;
        }
        FtpSession session = command.session();
        if (!target.getAddress().equals(session.remoteAddress().getAddress())) {
            command.reply(504, "Data connection only to the client's own address "
                    + session.remoteAddress().getAddress().getHostAddress());
            return;
        }
        if (target.getPort() < LOWEST_PORT) {
            command.reply(504, "Data connection to ports below " + LOWEST_PORT
                    + " refused");
            return;
        }
        session.pendingData(new ActiveConnection(session.dataChannelContext(), target));
        command.reply(200, command.command().verbText() + " command successful");
    }

    private static InetSocketAddress parsePort(String argument) throws SyntaxError {
        if (!PORT_ARGUMENT.matcher(argument).matches()) {
            throw new SyntaxError(501, "Syntax: PORT h1,h2,h3,h4,p1,p2");
        }
        String[] parts = argument.split(",");
        byte[] address = new byte[4];
        int[] numbers = new int[6];
        for (int i = 0; i < 6; i++) {
            numbers[i] = Integer.parseInt(parts[i]);
            if (numbers[i] > 255) {
                throw new SyntaxError(501, "PORT numbers must be 0-255");
            }
        }
        for (int i = 0; i < 4; i++) {
            address[i] = (byte) numbers[i];
        }
        try {
            return new InetSocketAddress(InetAddress.getByAddress(address),
                    numbers[4] * 256 + numbers[5]);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }

    private static InetSocketAddress parseEprt(String argument, String controlFamily)
            throws SyntaxError {
        // RFC 2428 2: <d><af><d><address><d><port><d>, the delimiter chosen by the client.
        if (argument.length() < 7) {
            throw new SyntaxError(501, "Syntax: EPRT |<af>|<address>|<port>|");
        }
        String delimiter = argument.substring(0, 1);
        String[] parts = argument.split(Pattern.quote(delimiter), -1);
        if (parts.length != 5 || !parts[0].isEmpty() || !parts[4].isEmpty()) {
            throw new SyntaxError(501, "Syntax: EPRT |<af>|<address>|<port>|");
        }
        InetAddress address = parseAddress(parts[1], parts[2], controlFamily);
        int port;
        try {
            port = Integer.parseInt(parts[3]);
        } catch (NumberFormatException e) {
            throw new SyntaxError(501, "EPRT port is not a number");
        }
        if (port < 1 || port > 65535) {
            throw new SyntaxError(501, "EPRT port out of range 1-65535");
        }
        return new InetSocketAddress(address, port);
    }

    private static InetAddress parseAddress(String family, String text, String controlFamily)
            throws SyntaxError {
        // RFC 2428 2: 522 names the families the server would take. A data connection goes
        // only to the client's own address, so only the control connection's family can
        // ever be accepted; pyftpdlib answers the same, where 504 would hide what to change.
        if (!family.equals("1") && !family.equals("2") || !family.equals(controlFamily)) {
            throw new SyntaxError(522, "Network protocol not supported, use ("
                    + controlFamily + ")");
        }
        return family.equals("1") ? parseIpv4(text) : parseIpv6(text);
    }

    private static String familyOf(InetAddress address) {
        return address instanceof Inet6Address ? "2" : "1";
    }

    private static InetAddress parseIpv4(String text) throws SyntaxError {
        // Parsed by hand: InetAddress.getByName would resolve anything that is not a valid
        // literal as a host name, blocking the event loop on DNS.
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            throw new SyntaxError(501, "EPRT address is not an IPv4 literal");
        }
        byte[] address = new byte[4];
        for (int i = 0; i < 4; i++) {
            if (!parts[i].matches("\\d{1,3}") || Integer.parseInt(parts[i]) > 255) {
                throw new SyntaxError(501, "EPRT address is not an IPv4 literal");
            }
            address[i] = (byte) Integer.parseInt(parts[i]);
        }
        try {
            return InetAddress.getByAddress(address);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }

    private static InetAddress parseIpv6(String text) throws SyntaxError {
        // A text with ':' is always parsed as an IPv6 literal, never looked up.
        if (!text.contains(":") || !text.matches("[0-9A-Fa-f:.]+")) {
            throw new SyntaxError(501, "EPRT address is not an IPv6 literal");
        }
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            throw new SyntaxError(501, "EPRT address is not an IPv6 literal");
        }
    }

    private static final class SyntaxError extends Exception {

        private static final long serialVersionUID = 1L;

        private final int code;

        SyntaxError(int code, String message) {
            super(message, null, false, false);
            this.code = code;
        }
    }
}

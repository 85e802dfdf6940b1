package dev.ftpkit.server.internal.command;

import dev.ftpkit.server.internal.session.RunningCommand;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * HOST (RFC 7151): this server has one host, the default. HOST naming it (by the address
 * the client connected to, or "localhost" on loopback) gets 220; any other name gets 504,
 * which the RFC gives for a host the server does not serve.
 */
final class HostHandler implements CommandHandler {

    @Override
    public void handle(RunningCommand command) {
        String asked = command.argument().trim().toLowerCase(Locale.ROOT);
        InetAddress local = command.session().localAddress().getAddress();
        if (namesDefaultHost(asked, local)) {
            command.reply(220, "Host accepted");
        } else {
            command.reply(504, "Unknown host " + asked);
        }
    }

    private static boolean namesDefaultHost(String asked, InetAddress local) {
        if (local.isLoopbackAddress() && asked.equals("localhost")) {
            return true;
        }
        // RFC 7151 3: an IPv6 literal comes in brackets.
        String literal = asked.startsWith("[") && asked.endsWith("]")
                ? asked.substring(1, asked.length() - 1) : asked;
        if (!literal.matches("[0-9.]+") && !literal.contains(":")) {
            return false; // a name: resolving it would block, and names are not served
        }
        try {
            // A literal parses without a DNS lookup.
            return InetAddress.getByName(literal).equals(local);
        } catch (UnknownHostException e) {
            return false;
        }
    }
}

package dev.ftpkit.server.internal.command;

import dev.ftpkit.server.internal.session.FtpSession;
import dev.ftpkit.server.internal.session.RunningCommand;
import dev.ftpkit.server.internal.transfer.DataConnectionSource;
import dev.ftpkit.server.internal.transfer.PassiveListener;
import dev.ftpkit.server.internal.transfer.PassivePorts;
import io.netty.util.concurrent.Future;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PASV (RFC 959 4.1.2) and EPSV (RFC 2428 3): open a listener for the next data connection on
 * the address the client already talks to. EPSV ALL locks the session to EPSV (the refusal
 * of PORT, PASV and EPRT afterwards is a row of the server's sequencing rules).
 */
final class PassiveHandler implements CommandHandler {

    private static final Logger log = LoggerFactory.getLogger(PassiveHandler.class);

    @Override
    public void handle(RunningCommand command) {
        switch (command.verb().orElseThrow()) {
            case PASV -> pasv(command);
            case EPSV -> epsv(command);
            default -> throw new IllegalArgumentException("not a passive verb: " + command);
        }
    }

    private static void pasv(RunningCommand command) {
        FtpSession session = command.session();
        InetAddress announced = session.config().passiveAddress()
                .orElse(session.localAddress().getAddress());
        if (!(announced instanceof Inet4Address)) {
            // A 227 reply can only carry an IPv4 address.
            command.reply(425, "PASV needs IPv4; use EPSV on this connection");
            return;
        }
        listen(command, listener -> {
            byte[] a = announced.getAddress();
            int port = listener.port();
            command.reply(227, String.format(Locale.ROOT,
                    "Entering Passive Mode (%d,%d,%d,%d,%d,%d)", a[0] & 0xff, a[1] & 0xff,
                    a[2] & 0xff, a[3] & 0xff, port >> 8, port & 0xff));
        });
    }

    private static void epsv(RunningCommand command) {
        String argument = command.argument().trim().toUpperCase(Locale.ROOT);
        if (argument.equals("ALL")) {
            // The 200 itself locks the session: SessionState reads EPSV answered 200 as
            // EPSV ALL, and the rule table then refuses PASV, PORT and EPRT.
            command.reply(200, "EPSV ALL ok; only EPSV from now on");
            return;
        }
        if (!argument.isEmpty()) {
            String family = command.session().localAddress().getAddress()
                    instanceof Inet6Address ? "2" : "1";
            if (!argument.equals("1") && !argument.equals("2")) {
                command.reply(501, "EPSV takes 1, 2 or ALL");
                return;
            }
            if (!argument.equals(family)) {
                command.reply(522, "Network protocol not supported, use (" + family + ")");
                return;
            }
        }
        listen(command, listener -> command.reply(229,
                "Entering Extended Passive Mode (|||" + listener.port() + "|)"));
    }

    private static void listen(RunningCommand command,
            Consumer<PassiveListener> announce) {
        FtpSession session = command.session();
        PassivePorts ports = session.resources().passivePorts();

        // A new PASV replaces the old listener, success or not (vsftpd does the same), so
        // free its port first: with a narrow range it is the port this PASV will get.
        Future<?> released = session.pendingData()
                .map(DataConnectionSource::release)
                .orElse(null);
        session.pendingData(null);
        if (released == null) {
            bind(command, ports, announce);
        } else {
            // The JDK closes a selector-registered socket only at the selector's next pass,
            // so bind one loop turn after the close completes, not within the same turn.
            released.addListener(done -> session.loop().schedule(
                    () -> bind(command, ports, announce), 1, TimeUnit.MILLISECONDS));
        }
    }

    private static void bind(RunningCommand command, PassivePorts ports,
            Consumer<PassiveListener> announce) {
        FtpSession session = command.session();
        Future<PassiveListener> bound =
                PassiveListener.bind(session.dataChannelContext(), ports);
        bound.addListener(done -> session.runOnLoop(() -> {
            if (!bound.isSuccess()) {
                refuse(command, ports, bound.cause());
                return;
            }
            if (session.isClosing()) {
                bound.getNow().close();
                return;
            }
            session.pendingData(bound.getNow());
            announce.accept(bound.getNow());
        }));
    }

    private static void refuse(RunningCommand command, PassivePorts ports, Throwable cause) {
        FtpSession session = command.session();
        if (ports.isAny()) {
            log.warn("{} {} refused: cannot listen on {}: {}", session.id(),
                    command.command().verbText(), session.localAddress().getAddress(),
                    cause.toString());
        } else {
            log.warn("{} {} refused: passive ports {}-{} all in use; widen the range ({})",
                    session.id(), command.command().verbText(), ports.first(), ports.last(),
                    cause.toString());
        }
        command.reply(425, "Cannot open passive connection");
    }
}

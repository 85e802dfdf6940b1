package dev.ftpkit.server.internal.session;

import dev.ftpkit.protocol.command.Verb;
import dev.ftpkit.protocol.sequence.SequencingRule;
import dev.ftpkit.protocol.sequence.SequencingRules;
import dev.ftpkit.protocol.sequence.Verdict;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.util.Optional;

/**
 * Asks the sequencing rules whether a command may run now, before any handler sees it, and
 * sends the broken rule's reply when not. This is the only place rules are enforced: 530
 * before login, 503 for PASS without USER or RNTO without RNFR, 425 for a transfer without a
 * prepared data connection, and the rest of the protocol's table (EPSV ALL, HOST, TLS).
 */
final class SequencingGuard extends ChannelInboundHandlerAdapter {

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        RunningCommand command = (RunningCommand) message;
        FtpSession session = command.session();
        Verb verb = command.verb().orElseThrow();

        Verdict verdict = SequencingRules.check(session.state(), verb);
        Optional<SequencingRule> broken = verdict.brokenRule();
        if (broken.isPresent()) {
            command.reply(broken.get().replyCode(), broken.get().replyText());
            return;
        }
        ctx.fireChannelRead(command);
    }
}

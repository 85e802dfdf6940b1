package dev.ftpkit.client.internal;

import dev.ftpkit.client.FtpConnectionException;
import dev.ftpkit.client.FtpException;
import dev.ftpkit.client.FtpFileNotFoundException;
import dev.ftpkit.client.FtpLoginException;
import dev.ftpkit.client.FtpReplyException;
import dev.ftpkit.client.FtpTransferException;
import dev.ftpkit.protocol.command.Verb;
import dev.ftpkit.protocol.reply.Reply;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Chooses the exception for a reply an operation cannot go on with. */
public final class ReplyFailures {

    /** Verbs that name a path that must exist: a 550 to them means it does not. */
    private static final Set<Verb> NAME_EXISTING_PATH = EnumSet.of(Verb.RETR, Verb.SIZE,
            Verb.MDTM, Verb.MLST, Verb.MLSD, Verb.LIST, Verb.NLST, Verb.DELE, Verb.RMD,
            Verb.RNFR, Verb.CWD);
    private static final Set<Verb> LOGIN = EnumSet.of(Verb.USER, Verb.PASS, Verb.ACCT);

    private ReplyFailures() {
    }

    /**
     * Returns the exception for {@code reply} to {@code verb} with {@code argument}: 421
     * ends the session, login verbs fail the login, 550 to a verb naming an existing path
     * means not found, 4yz and 552 to a transfer fail the transfer, anything else is refused.
     */
    public static FtpException of(String verb, String argument, Reply reply) {
        String command = shown(verb, argument);
        if (reply.code() == 421) {
            return new FtpConnectionException("server ended the session at " + command + ": "
                    + reply.code() + " " + reply.lines().get(0), reply);
        }
        Verb known = Verb.lookup(verb).map(Verb::canonical).orElse(null);
        if (known == null) {
            return new FtpReplyException(command, reply);
        }
        if (LOGIN.contains(known)) {
            return new FtpLoginException(command, reply);
        }
        if (reply.code() == 550 && NAME_EXISTING_PATH.contains(known)) {
            return new FtpFileNotFoundException(command, argument, reply);
        }
        if (known.requiresDataConnection() && (reply.code() / 100 == 4 || reply.code() == 552)) {
            return new FtpTransferException(command, reply);
        }
        return new FtpReplyException(command, reply);
    }

    /** Returns the command as it may be shown: a PASS argument masked. */
    public static String shown(String verb, String argument) {
        if (argument.isEmpty()) {
            return verb;
        }
        return verb + " " + ("PASS".equals(verb.toUpperCase(Locale.ROOT)) ? "****" : argument);
    }
}

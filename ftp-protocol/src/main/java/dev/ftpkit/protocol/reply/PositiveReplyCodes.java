package dev.ftpkit.protocol.reply;

import static dev.ftpkit.protocol.reply.ReplyCodes.causes;
import static dev.ftpkit.protocol.reply.ReplyCodes.remedies;
import static dev.ftpkit.protocol.reply.ReplyCodes.row;

import java.util.List;

/** The positive replies, 1yz to 3yz: the command was accepted or is under way. */
final class PositiveReplyCodes {

    static final List<ReplyCodeInfo> ENTRIES = List.of(
            row(110, "Restart marker: the text is exactly \"MARK yyyy = mmmm\", the client's"
                            + " and the server's marker for the same point of the transfer.",
                    causes("The transfer runs in block (MODE B) or compressed (MODE C) mode"
                                    + " and the server reached a checkpoint",
                            "Almost never seen today: stream mode (MODE S), which nearly every"
                                    + " client uses, has no markers"),
                    remedies("Keep the server marker mmmm if you may need to restart this"
                                    + " transfer with REST mmmm",
                            "Keep reading: the transfer's final reply (226 or 250) follows"),
                    "RFC 959 4.2.1", "RFC 959 4.2.2", "RFC 959 4.1.3"),
            row(120, "Service ready in nnn minutes: the server took the connection but cannot"
                            + " serve it yet.",
                    causes("The server is starting up or waiting for a resource",
                            "The server queues connections over its session limit instead of"
                                    + " refusing them",
                            "REIN is still finishing a transfer before resetting the session"),
                    remedies("Wait without sending commands: a 220 follows when the server is"
                                    + " ready",
                            "Raise the client's greeting timeout if it gives up before the 220"),
                    "RFC 959 4.2.2", "RFC 959 5.4"),
            row(125, "Data connection already open; transfer starting.",
                    causes("The client connected to the passive port before sending the"
                                    + " transfer command, so no new connection is needed",
                            "Some servers (Microsoft IIS among them) send 125 where others"
                                    + " send 150"),
                    remedies("Treat it like 150: read or write the data connection, then wait"
                            + " for 226 or 250"),
                    "RFC 959 4.2.2", "RFC 959 5.4"),
            row(150, "File status okay; about to open the data connection.",
                    causes("RETR, STOR, STOU, APPE, LIST, NLST or MLSD was accepted and the"
                            + " server is opening or accepting the data connection"),
                    remedies("Start reading or writing the data connection; after PORT or EPRT,"
                                    + " be ready to accept the server's connection now",
                            "Then wait for the final reply: 226 or 250 on success, 425, 426,"
                                    + " 451 or 552 on failure"),
                    "RFC 959 4.2.2", "RFC 959 5.4"),
            row(200, "Command okay.",
                    causes("A command that only changes a setting succeeded: TYPE, MODE, STRU,"
                            + " PORT, EPRT, PBSZ, PROT, OPTS, CCC, NOOP"),
                    remedies("Nothing to do; continue"),
                    "RFC 959 4.2.1", "RFC 959 4.2.2"),
            row(202, "Command not implemented, superfluous at this site: accepted, and"
                            + " nothing needed doing.",
                    causes("ALLO on a server that needs no space reserved in advance",
                            "ACCT on a server without accounts",
                            "PASS sent again after a successful login, on some servers"),
                    remedies("Treat it as success and continue; the command was not needed"),
                    "RFC 959 4.2.1", "RFC 959 4.2.2", "RFC 959 5.4"),
            row(211, "System status, or system help reply.",
                    causes("Answer to STAT without an argument: the session's settings",
                            "Answer to FEAT: the extensions the server supports, one per line",
                            "Answer to HELP on some servers"),
                    remedies("Read the multi-line text; in a FEAT reply each feature line"
                            + " starts with one space, such as \" MDTM\" or \" REST STREAM\""),
                    "RFC 959 4.2.2", "RFC 2389 3.2"),
            row(212, "Directory status.",
                    causes("Answer to STAT <directory> on servers that send the listing over"
                            + " the control connection"),
                    remedies("Read the lines between the first and the last; their format is"
                            + " that of LIST, so parse them the same way"),
                    "RFC 959 4.2.2"),
            row(213, "File status: a fact about one file.",
                    causes("Answer to SIZE (bytes as they would be transferred) and MDTM"
                                    + " (YYYYMMDDHHMMSS in UTC)",
                            "Answer to STAT <file>, and to extensions such as MFMT and HASH"),
                    remedies("Parse the value after the code; for SIZE send TYPE I first, since"
                            + " the size in ASCII mode counts converted line ends"),
                    "RFC 959 4.2.2", "RFC 3659 3", "RFC 3659 4"),
            row(214, "Help message, meant for a person.",
                    causes("Answer to HELP or HELP <verb>"),
                    remedies("Show it to the user; do not parse it to learn what the server"
                            + " supports, send FEAT for that"),
                    "RFC 959 4.2.2"),
            row(215, "NAME system type: the operating system the server claims.",
                    causes("Answer to SYST, usually \"UNIX Type: L8\" or \"Windows_NT\""),
                    remedies("Use it only as a hint about the LIST format: many servers say"
                            + " UNIX whatever they run on; prefer MLSD when FEAT lists MLST"),
                    "RFC 959 4.2.2"),
            row(220, "Service ready for new user.",
                    causes("The greeting right after the control connection opens",
                            "Answer to REIN once the session is reset",
                            "Answer to HOST when the virtual host is accepted"),
                    remedies("Send AUTH TLS if the session should be encrypted, then USER"),
                    "RFC 959 4.2.2", "RFC 959 5.4", "RFC 7151 3"),
            row(221, "Service closing control connection; logged out if appropriate.",
                    causes("Answer to QUIT",
                            "Some servers send it when they end an idle session, where others"
                                    + " send 421"),
                    remedies("Close the socket; open a new connection to go on"),
                    "RFC 959 4.2.2", "RFC 959 5.4"),
            row(225, "Data connection open; no transfer in progress.",
                    causes("Answer to ABOR when no transfer was running",
                            "The data connection stays open between transfers (block mode)"),
                    remedies("Nothing was aborted; continue"),
                    "RFC 959 4.2.2", "RFC 959 4.1.3"),
            row(226, "Closing data connection; the requested file action succeeded.",
                    causes("A transfer (RETR, STOR, APPE, LIST, NLST, MLSD) finished and the"
                                    + " server closed the data connection",
                            "Answer to ABOR after the aborted transfer's 426"),
                    remedies("The transfer is complete; compare the byte count with SIZE if you"
                                    + " need certainty",
                            "Send PASV, EPSV, PORT or EPRT again before the next transfer"),
                    "RFC 959 4.2.2", "RFC 959 5.2", "RFC 959 5.4"),
            row(227, "Entering Passive Mode (h1,h2,h3,h4,p1,p2): the IPv4 address and port the"
                            + " server listens on.",
                    causes("Answer to PASV"),
                    remedies("Connect to h1.h2.h3.h4 on port p1*256+p2 before sending the"
                                    + " transfer command",
                            "If the address is private (10/8, 172.16/12, 192.168/16) or differs"
                                    + " from the server you reached, the server is behind NAT"
                                    + " and does not know its public address: connect to the"
                                    + " control connection's address instead, as curl and"
                                    + " FileZilla do",
                            "Prefer EPSV, whose reply carries no address at all"),
                    "RFC 959 4.2.2", "RFC 959 4.1.2"),
            row(228, "Entering Long Passive Mode: a long address and port the server listens"
                            + " on.",
                    causes("Answer to LPSV, an experimental command few servers still know"),
                    remedies("Parse af,hal,h1...,pal,p1... and connect there; prefer EPSV, which"
                            + " replaced LPSV"),
                    "RFC 1639 3"),
            row(229, "Entering Extended Passive Mode (|||port|): the port the server listens"
                            + " on, at the address of the control connection.",
                    causes("Answer to EPSV"),
                    remedies("Connect to the given port on the address the control connection"
                            + " uses, then send the transfer command"),
                    "RFC 2428 3"),
            row(230, "User logged in, proceed.",
                    causes("PASS was accepted",
                            "USER alone was enough (some anonymous set-ups, trusted hosts)",
                            "ACCT completed a login that needed an account"),
                    remedies("Continue with the session"),
                    "RFC 959 4.2.2", "RFC 959 5.4"),
            row(232, "User logged in, authorized by security data exchange.",
                    causes("USER was accepted without a password because the TLS client"
                            + " certificate or the security exchange already proved who the"
                            + " user is"),
                    remedies("Do not send PASS; continue with the session"),
                    "RFC 2228 5.1", "RFC 4217 12.2"),
            row(234, "Security data exchange complete: AUTH was accepted.",
                    causes("Answer to AUTH TLS (or AUTH SSL) on a server that offers TLS"),
                    remedies("Start the TLS handshake on the control connection at once, then"
                            + " send PBSZ 0, PROT P and log in again with USER and PASS"),
                    "RFC 2228 5.1", "RFC 4217 4"),
            row(235, "Security data exchange completed successfully, possibly with ADAT= data.",
                    causes("The last ADAT of a GSSAPI or Kerberos exchange was accepted"),
                    remedies("Feed any ADAT= data to the mechanism, then log in with USER"),
                    "RFC 2228 5.1", "RFC 2228 3"),
            row(250, "Requested file action okay, completed.",
                    causes("CWD, DELE, RMD, RNTO or MLST succeeded (some servers also answer"
                                    + " CDUP with 250)",
                            "The final reply of a transfer that leaves the data connection open"),
                    remedies("Nothing to do; continue"),
                    "RFC 959 4.2.2", "RFC 959 5.4", "RFC 3659 7"),
            row(257, "\"PATHNAME\" created, or the working directory is \"PATHNAME\".",
                    causes("Answer to PWD: the working directory",
                            "Answer to MKD: the directory that was made"),
                    remedies("Take the text between the first and the last double quote and"
                            + " turn each doubled quote \"\" inside it into one \""),
                    "RFC 959 4.2.2", "RFC 959 5.4"),
            row(331, "User name okay, need password.",
                    causes("Answer to USER on nearly every server, even for an unknown user,"
                                    + " so that user names cannot be probed",
                            "For anonymous, the server wants an e-mail address as password"),
                    remedies("Send PASS next, and nothing else in between"),
                    "RFC 959 4.2.2", "RFC 959 5.4"),
            row(332, "Need account for login.",
                    causes("The server's accounting needs ACCT before it completes the login"),
                    remedies("Send ACCT with the account name you were given"),
                    "RFC 959 4.2.2", "RFC 959 4.1.1"),
            row(334, "Security mechanism accepted; security data (ADAT) is needed next.",
                    causes("AUTH GSSAPI or another mechanism that exchanges ADAT tokens",
                            "An old server answering AUTH TLS or AUTH SSL with 334, which RFC"
                                    + " 4217 calls wrong"),
                    remedies("For GSSAPI or Kerberos, send ADAT with the mechanism's token",
                            "For TLS, many clients start the handshake anyway; otherwise treat"
                                    + " it as AUTH refused"),
                    "RFC 2228 5.1", "RFC 4217 4.2"),
            row(335, "Security data accepted; more is needed to finish the exchange.",
                    causes("A multi-step ADAT exchange is half way"),
                    remedies("Send the next ADAT token the mechanism produces"),
                    "RFC 2228 5.1"),
            row(336, "Username okay, need password; the text carries a challenge.",
                    causes("A one-time-password or challenge-response login (such as S/KEY)"),
                    remedies("Compute the response to the challenge and send it with PASS"),
                    "RFC 2228 5.1"),
            row(350, "Requested file action pending further information.",
                    causes("RNFR was accepted: the server waits for RNTO",
                            "REST was accepted: the server waits for RETR, STOR or APPE"),
                    remedies("After RNFR send RNTO at once; any other command ends the rename",
                            "After REST send RETR, STOR or APPE; PASV, EPSV, PORT, EPRT or TYPE"
                                    + " may come between on most servers"),
                    "RFC 959 4.2.2", "RFC 959 5.4", "RFC 3659 5"));

    private PositiveReplyCodes() {
    }
}

package dev.ftpkit.protocol.reply;

import static dev.ftpkit.protocol.reply.ReplyCodes.causes;
import static dev.ftpkit.protocol.reply.ReplyCodes.remedies;
import static dev.ftpkit.protocol.reply.ReplyCodes.row;

import java.util.List;

/**
 * The negative replies, 4yz (try again later) and 5yz (do not repeat as is). These are the
 * entries people look up, so their causes name what real servers do.
 */
final class NegativeReplyCodes {

    static final List<ReplyCodeInfo> ENTRIES = List.of(
            row(421, "Service not available, closing control connection; the server ends the"
                            + " session.",
                    causes("Too many sessions: the server's total or per-address limit is"
                                    + " reached (vsftpd max_clients and max_per_ip)",
                            "The session sat idle past the server's timeout (vsftpd sends"
                                    + " \"421 Timeout.\")",
                            "The server is shutting down or under maintenance",
                            "The client's address is refused by an access list",
                            "The TLS handshake after AUTH TLS failed completely"),
                    remedies("Reconnect after a pause, backing off on each failure",
                            "Open fewer parallel sessions to the same server",
                            "During long pauses send NOOP inside the idle timeout",
                            "Ask the administrator whether your address is allowed"),
                    "RFC 959 4.2.1", "RFC 959 4.2.2", "RFC 4217 10.1"),
            row(425, "Can't open data connection.",
                    causes("The passive port is blocked: a firewall or cloud security group"
                                    + " lets port 21 through but not the server's passive"
                                    + " port range",
                            "The 227 reply names a private or internal address because the"
                                    + " server sits behind NAT without its public address"
                                    + " configured (vsftpd pasv_address, ProFTPD"
                                    + " MasqueradeAddress)",
                            "Active mode from behind NAT: PORT or EPRT names the client's"
                                    + " private address, which the server cannot reach",
                            "The server requires the TLS session of the control connection"
                                    + " to be reused on the data connection and the client"
                                    + " did not (ProFTPD mod_tls by default answers 425;"
                                    + " vsftpd require_ssl_reuse answers 522)",
                            "No PASV, EPSV, PORT or EPRT came before the transfer (vsftpd:"
                                    + " \"425 Use PORT or PASV first.\")",
                            "The data connection came from another address than the control"
                                    + " connection and the server refuses it as a possible"
                                    + " bounce attack (vsftpd: \"425 Security: Bad IP"
                                    + " connecting.\")",
                            "The server's passive port range is exhausted"),
                    remedies("Use passive mode (EPSV, else PASV) rather than PORT when the"
                                    + " client is behind NAT or a firewall",
                            "On the server, open the passive port range in every firewall and"
                                    + " configure the public address it should announce",
                            "If 227 names a private address, connect to the control"
                                    + " connection's address instead",
                            "For FTPS, use a client that resumes the control connection's TLS"
                                    + " session on data connections (curl, lftp and FileZilla"
                                    + " do; Python's ftplib does not)",
                            "Send PASV or EPSV before every transfer"),
                    "RFC 959 4.2.1", "RFC 959 4.2.2", "RFC 959 5.4"),
            row(426, "Connection closed; transfer aborted.",
                    causes("The client sent ABOR during the transfer: 426 for the transfer,"
                                    + " then 226 for the ABOR, is the normal answer",
                            "The data connection broke: a network drop, or a NAT or firewall"
                                    + " that dropped a long or idle connection",
                            "The server timed out a stalled data connection",
                            "A TLS data connection ended without a TLS close_notify and the"
                                    + " server insists on one (vsftpd strict_ssl_read_eof)"),
                    remedies("Retry; for files, resume with REST and the size already"
                                    + " transferred instead of starting over",
                            "Check idle timeouts of firewalls and NAT devices on the path",
                            "For FTPS uploads, make the client close the TLS data connection"
                                    + " properly before closing the socket"),
                    "RFC 959 4.2.1", "RFC 959 4.2.2", "RFC 959 5.4"),
            row(431, "Need some unavailable resource to process security.",
                    causes("AUTH named a mechanism the server supports but cannot use right"
                                    + " now: its certificate or key cannot be loaded, or a"
                                    + " Kerberos server is out of reach"),
                    remedies("Retry later; if it persists, ask the administrator to check the"
                            + " server's TLS certificate and key"),
                    "RFC 2228 5.1", "RFC 2228 3"),
            row(450, "Requested file action not taken: file unavailable, for now.",
                    causes("The file is busy: another session is writing it, or it is locked"
                                    + " (common on Windows servers)",
                            "NLST or LIST of a pattern or path with no match, on servers that"
                                    + " report an empty result as 450",
                            "A temporary permission or storage problem on the server"),
                    remedies("Retry after a pause",
                            "For a listing, treat 450 \"No files found\" as an empty list"),
                    "RFC 959 4.2.1", "RFC 959 4.2.2", "RFC 959 5.4"),
            row(451, "Requested action aborted: local error in processing.",
                    causes("The server failed reading or writing its own disk (vsftpd:"
                                    + " \"451 Failure writing to local file.\", which also"
                                    + " covers a full disk)",
                            "A quota or file-size limit hit in the middle of a transfer",
                            "A server-side hook (virus scan, upload script) rejected the file"),
                    remedies("Retry later; resume an interrupted upload with REST or APPE",
                            "If it repeats, ask the administrator to check the server's disk,"
                                    + " quota and log"),
                    "RFC 959 4.2.1", "RFC 959 4.2.2"),
            row(452, "Requested action not taken: insufficient storage space in system.",
                    causes("The server's disk is full",
                            "The user's quota is used up (other servers say 552 for this)",
                            "ALLO asked for more space than the server can reserve"),
                    remedies("Free space or ask the administrator to; then retry",
                            "Resume the upload with REST or APPE once there is room"),
                    "RFC 959 4.2.1", "RFC 959 4.2.2"),
            row(500, "Syntax error, command unrecognized; the line may also be too long.",
                    causes("The server does not know the verb: a typo, or an extension it"
                                    + " lacks (MLSD, MLST or MFMT on vsftpd, for example)",
                            "AUTH on a server without TLS support (RFC 2228 asks such servers"
                                    + " for 500)",
                            "The line was longer than the server accepts",
                            "The client and server disagree about TLS: TLS bytes sent to a"
                                    + " clear-text port (implicit FTPS to port 21), or clear"
                                    + " text after a handshake failed",
                            "vsftpd reports fatal setup errors as \"500 OOPS: ...\", such as"
                                    + " \"refusing to run with writable root inside"
                                    + " chroot()\""),
                    remedies("Check the verb's spelling; send FEAT to see which extensions the"
                                    + " server supports and fall back (LIST for MLSD)",
                            "Check the TLS mode: explicit FTPS (AUTH TLS) on port 21, implicit"
                                    + " FTPS on port 990",
                            "For \"500 OOPS\", read the message: it names the server setting"
                                    + " the administrator must fix"),
                    "RFC 959 4.2.1", "RFC 959 4.2.2", "RFC 2228 3"),
            row(501, "Syntax error in parameters or arguments.",
                    causes("A required argument is missing, or an argument was given to a"
                                    + " command that takes none",
                            "A malformed PORT, EPRT or REST argument",
                            "A TYPE, MODE or STRU code the grammar does not know",
                            "A path holding NUL or another control character",
                            "A badly formed time stamp for MDTM or MFMT"),
                    remedies("Check the command's syntax (HELP <verb> on the server, or the"
                                    + " verb table of docs/protocol.md)",
                            "Separate the verb and the argument with one space; FTP has no"
                                    + " quoting, so send names exactly as they are"),
                    "RFC 959 4.2.1", "RFC 959 4.2.2"),
            row(502, "Command not implemented.",
                    causes("The server recognises the verb but does not implement it: SMNT,"
                                    + " REIN, STOU, ACCT and LPRT are often missing",
                            "The administrator disabled it (SITE commands, PORT on passive-only"
                                    + " servers)",
                            "AUTH on a server that knows RFC 2228 but offers no security"),
                    remedies("Send FEAT or HELP to learn what the server supports",
                            "Fall back: PASV when EPSV is missing, LIST when MLSD is missing,"
                                    + " a fresh connection when REIN is missing"),
                    "RFC 959 4.2.1", "RFC 959 4.2.2", "RFC 2228 3"),
            row(503, "Bad sequence of commands: a valid command came at the wrong point of the"
                            + " session.",
                    causes("PASS without a USER just before it (or after the login finished)",
                            "RNTO without an RNFR answered 350 just before it",
                            "REST followed by anything but RETR, STOR or APPE (most servers"
                                    + " let PASV, EPSV, PORT, EPRT and TYPE come between)",
                            "A transfer before PASV, EPSV, PORT or EPRT, on servers that answer"
                                    + " it with 503 rather than 425",
                            "PBSZ before AUTH TLS, or PROT before PBSZ",
                            "HOST after USER or after the login",
                            "Before login, some servers answer 530 rather than 503 to commands"
                                    + " that need one; others answer 503"),
                    remedies("Send the commands in the order the session needs: USER then"
                                    + " PASS; RNFR then RNTO at once; REST right before its"
                                    + " RETR, STOR or APPE; PASV or EPSV before each transfer;"
                                    + " AUTH TLS, PBSZ 0, then PROT",
                            "Run \"ftpkit explain <verb>\" to see what must come first"),
                    "RFC 959 4.2.1", "RFC 959 4.2.2", "RFC 959 5.4", "RFC 959 6",
                    "RFC 2228 3", "RFC 7151 3"),
            row(504, "Command not implemented for that parameter.",
                    causes("TYPE E or TYPE L with a byte size other than 8",
                            "MODE B, C or Z, or STRU R or P, on a stream-only server",
                            "AUTH with a mechanism the server does not offer (AUTH SSL,"
                                    + " AUTH GSSAPI)",
                            "PROT S or PROT E, which TLS cannot provide (some servers say 536)",
                            "OPTS for a command without options, or LANG with an unknown tag",
                            "HOST naming a virtual host the server does not have"),
                    remedies("Use the values every server supports: TYPE I or A, MODE S, STRU"
                                    + " F, AUTH TLS, PROT P or C",
                            "Check FEAT for the options and languages the server lists"),
                    "RFC 959 4.2.1", "RFC 959 4.2.2", "RFC 2228 3", "RFC 7151 3"),
            row(521, "Refused for the address family or data protection asked for.",
                    causes("LPRT or LPSV with an address family the server lacks; the text"
                                    + " lists the families it has",
                            "A transfer refused because of the PROT setting: the server"
                                    + " requires PROT P for data (\"521 Data connection cannot"
                                    + " be opened with this PROT setting\")"),
                    remedies("For FTPS, send PBSZ 0 and PROT P before the transfer",
                            "Use EPRT or EPSV instead of LPRT or LPSV"),
                    "RFC 1639 4", "RFC 4217 10.2"),
            row(522, "Network protocol not supported, or the TLS data connection was refused.",
                    causes("EPRT or EPSV named an address family the server does not use,"
                                    + " such as IPv6 to an IPv4-only server; the text lists the"
                                    + " supported families, as in \"(1)\"",
                            "The TLS handshake on the data connection failed or was"
                                    + " unacceptable to the server",
                            "The server requires the data connection to reuse the control"
                                    + " connection's TLS session (vsftpd require_ssl_reuse:"
                                    + " \"522 SSL connection failed; session reuse required\")",
                            "The server requires encrypted data connections and PROT P was not"
                                    + " sent (vsftpd: \"522 Data connections must be"
                                    + " encrypted.\")"),
                    remedies("Use an address family from the reply's list, or plain EPSV",
                            "For FTPS, send PBSZ 0 and PROT P, and use a client that resumes"
                                    + " TLS sessions on data connections (curl, lftp,"
                                    + " FileZilla)",
                            "If the client cannot resume sessions, ask the administrator to"
                                    + " relax the requirement (vsftpd require_ssl_reuse=NO)"),
                    "RFC 2428 2", "RFC 2428 3", "RFC 4217 10.2"),
            row(530, "Not logged in.",
                    causes("The command needs a login and none has succeeded yet",
                            "Wrong user name or password after PASS (vsftpd: \"530 Login"
                                    + " incorrect.\")",
                            "Anonymous login is disabled, or the user is refused by the"
                                    + " server's user lists (vsftpd userlist, /etc/ftpusers)"
                                    + " or has a shell missing from /etc/shells",
                            "The server requires TLS before login and the client sent USER in"
                                    + " clear text (vsftpd: \"530 Non-anonymous sessions must"
                                    + " use encryption.\")",
                            "Too many sessions for this user or address",
                            "PASS without USER: some servers answer 530 here instead of 503"),
                    remedies("Log in with USER and PASS before other commands",
                            "Check the user name and password, and whether the account may"
                                    + " use FTP at all",
                            "Connect with explicit FTPS: AUTH TLS before USER",
                            "Close idle sessions you no longer need"),
                    "RFC 959 4.2.1", "RFC 959 4.2.2", "RFC 959 5.4"),
            row(532, "Need account for storing files.",
                    causes("The server needs ACCT before it accepts an upload"),
                    remedies("Send ACCT with your account name, then repeat the upload"),
                    "RFC 959 4.2.1", "RFC 959 4.2.2", "RFC 959 4.1.1"),
            row(533, "Command protection level denied for policy reasons.",
                    causes("CCC on a control connection that is not protected by TLS",
                            "A command sent without the protection the session requires"),
                    remedies("Send CCC only after AUTH TLS and its handshake",
                            "Send commands with the protection the server requires"),
                    "RFC 2228 5.1", "RFC 4217 5"),
            row(534, "Request denied for policy reasons.",
                    causes("AUTH refused: the server does not allow TLS, often because no"
                                    + " certificate is configured",
                            "PROT C refused: the server requires encrypted data connections",
                            "CCC refused: the server will not return the control connection"
                                    + " to clear text"),
                    remedies("If AUTH is refused, the server offers no FTPS: ask the"
                                    + " administrator, or decide whether clear text is"
                                    + " acceptable",
                            "Use PROT P and keep the control connection encrypted"),
                    "RFC 2228 5.1", "RFC 2228 3", "RFC 4217 5"),
            row(535, "Failed security check: a hash, sequence number or token did not verify.",
                    causes("ADAT data failed the mechanism's check",
                            "A MIC, CONF or ENC command whose protection did not verify"),
                    remedies("Restart the session and the security exchange; check the clocks"
                            + " of client and server for Kerberos"),
                    "RFC 2228 5.1", "RFC 2228 3"),
            row(536, "Requested PROT level not supported by mechanism.",
                    causes("PROT S or PROT E under TLS, which offers only C (clear) and P"
                            + " (private)"),
                    remedies("Send PROT P for encrypted data or PROT C for clear data"),
                    "RFC 2228 5.1", "RFC 2228 3", "RFC 4217 9"),
            row(537, "Command protection level not supported by security mechanism.",
                    causes("MIC, CONF or ENC with a protection the mechanism cannot give; TLS"
                            + " uses none of them"),
                    remedies("Under TLS send commands plainly over the encrypted connection"),
                    "RFC 2228 5.1", "RFC 2228 3"),
            row(550, "Requested action not taken: file unavailable (not found, no access).",
                    causes("The file or directory does not exist: a typo, a different case on"
                                    + " a case-sensitive server, or a path relative to another"
                                    + " working directory",
                            "No permission: the user may not read or write there, or the"
                                    + " server is read-only (vsftpd write_enable=NO gives"
                                    + " \"550 Permission denied.\")",
                            "A chroot jail: the user sees only the home directory, and an"
                                    + " absolute path is resolved inside it",
                            "The wrong kind of entry: RETR of a directory, CWD to a file, RMD"
                                    + " of a directory that is not empty, MKD of a name that"
                                    + " exists",
                            "SIZE in ASCII mode, which some servers refuse (ProFTPD: \"550"
                                    + " SIZE not allowed in ASCII mode\")",
                            "The name was sent in another encoding than the server stores"
                                    + " (UTF-8 against Latin-1)",
                            "The file is locked by another process, on Windows servers"),
                    remedies("List the parent directory (MLSD or LIST) and use the exact name"
                                    + " it shows; send PWD to check where you are",
                            "Check the user's permissions and the server's write settings",
                            "Send TYPE I before SIZE",
                            "Send OPTS UTF8 ON if FEAT lists UTF8, and check the client's"
                                    + " encoding setting"),
                    "RFC 959 4.2.1", "RFC 959 4.2.2", "RFC 959 5.4", "RFC 3659 4"),
            row(551, "Requested action aborted: page type unknown.",
                    causes("A page-structured transfer (STRU P) met a page type the server"
                            + " does not know; a TOPS-20 feature, essentially extinct"),
                    remedies("Use STRU F, the default file structure"),
                    "RFC 959 4.2.1", "RFC 959 4.2.2", "RFC 959 Appendix I"),
            row(552, "Requested file action aborted: exceeded storage allocation.",
                    causes("The user's quota is used up (pure-ftpd: \"552 Quota exceeded\")",
                            "The file is larger than the server's per-file limit",
                            "The server's disk filled during the upload, on servers that use"
                                    + " 552 rather than 452"),
                    remedies("Delete files to free quota, or ask for a larger one",
                            "Split the file, or ask the administrator about the size limit"),
                    "RFC 959 4.2.1", "RFC 959 4.2.2", "RFC 959 5.4"),
            row(553, "Requested action not taken: file name not allowed.",
                    causes("The name holds characters the server or its file system forbids"
                                    + " (\\ : * ? \" < > | on Windows, control characters)",
                            "The server refuses some names by policy: hidden dot files,"
                                    + " names outside the user's directory, over-long names",
                            "The target directory does not exist or is not writable; vsftpd"
                                    + " answers \"553 Could not create file.\" for both",
                            "The server will not overwrite an existing file"),
                    remedies("Rename the file to portable characters (letters, digits, . _ -)",
                            "Check that the target directory exists and is writable",
                            "Delete the old file first, or upload under a new name"),
                    "RFC 959 4.2.1", "RFC 959 4.2.2", "RFC 959 5.4"),
            row(554, "Requested action not taken: invalid REST parameter; the file cannot be"
                            + " positioned as REST asked.",
                    causes("The REST offset is past the end of the file",
                            "The server cannot resume this file in the current type, such as"
                                    + " a restart in ASCII mode"),
                    remedies("Check the remote size with SIZE (after TYPE I) and resume from"
                                    + " at most that offset",
                            "Switch to TYPE I before resuming, or transfer the whole file"),
                    "RFC 1123 4.1.3.4"));

    private NegativeReplyCodes() {
    }
}

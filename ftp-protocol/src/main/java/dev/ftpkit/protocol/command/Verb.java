package dev.ftpkit.protocol.command;

import static dev.ftpkit.protocol.command.ArgumentRule.NONE;
import static dev.ftpkit.protocol.command.ArgumentRule.OPTIONAL;
import static dev.ftpkit.protocol.command.ArgumentRule.REQUIRED;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The command catalog: every verb ftpkit knows, with the document that defines it, its
 * argument rule, and whether it needs a login and a prepared data connection.
 *
 * <p>Whether a verb needs a login here is what a careful server asks: the commands that
 * set up a session (USER, PASS, AUTH, FEAT ...) work before it, nothing that touches
 * files does.
 */
public enum Verb {
    // RFC 959: access control
    USER(Source.RFC959, REQUIRED, false, false, "USER <username>", "4.1.1",
            "Names the user who wants to log in"),
    // RFC 959 requires an argument, but clients send a bare PASS for an empty password;
    // refusing it with 501 would lock such accounts out, so the argument is optional.
    PASS(Source.RFC959, OPTIONAL, false, false, "PASS <password>", "4.1.1",
            "Sends the password of the user named by USER"),
    ACCT(Source.RFC959, REQUIRED, false, false, "ACCT <account>", "4.1.1",
            "Sends account information some systems need after login"),
    CWD(Source.RFC959, REQUIRED, true, false, "CWD <pathname>", "4.1.1",
            "Changes the working directory"),
    CDUP(Source.RFC959, NONE, true, false, "CDUP", "4.1.1",
            "Changes to the parent of the working directory"),
    SMNT(Source.RFC959, REQUIRED, true, false, "SMNT <pathname>", "4.1.1",
            "Mounts a different file system structure"),
    REIN(Source.RFC959, NONE, false, false, "REIN", "4.1.1",
            "Ends the login and resets the session, as if just connected"),
    QUIT(Source.RFC959, NONE, false, false, "QUIT", "4.1.1",
            "Ends the session after any transfer in progress"),

    // RFC 959: transfer parameters
    PORT(Source.RFC959, REQUIRED, true, false, "PORT h1,h2,h3,h4,p1,p2", "4.1.2",
            "Names the IPv4 address and port the server connects to for the next transfer"),
    PASV(Source.RFC959, NONE, true, false, "PASV", "4.1.2",
            "Asks the server to listen for the next data connection on IPv4"),
    TYPE(Source.RFC959, REQUIRED, true, false, "TYPE A|I|E|L <size> [N|T|C]", "4.1.2",
            "Sets the representation type: A for ASCII text, I for binary"),
    STRU(Source.RFC959, REQUIRED, true, false, "STRU F|R|P", "4.1.2",
            "Sets the file structure; only F (file) is in common use"),
    MODE(Source.RFC959, REQUIRED, true, false, "MODE S|B|C", "4.1.2",
            "Sets the transfer mode; only S (stream) is in common use"),

    // RFC 959: service commands
    RETR(Source.RFC959, REQUIRED, true, true, "RETR <pathname>", "4.1.3",
            "Downloads a file over the data connection"),
    STOR(Source.RFC959, REQUIRED, true, true, "STOR <pathname>", "4.1.3",
            "Uploads a file over the data connection, replacing one of the same name"),
    // RFC 959 5.3.1 gives STOU no argument; some clients send a name hint, which servers
    // may use or ignore, so an argument is tolerated rather than refused.
    STOU(Source.RFC959, OPTIONAL, true, true, "STOU", "4.1.3",
            "Uploads a file under a unique name the server chooses"),
    APPE(Source.RFC959, REQUIRED, true, true, "APPE <pathname>", "4.1.3",
            "Uploads data and appends it to a file, creating it if needed"),
    ALLO(Source.RFC959, REQUIRED, true, false, "ALLO <decimal-integer> [R <decimal-integer>]",
            "4.1.3", "Reserves storage before an upload; most servers accept and ignore it"),
    REST(Source.RFC959, REQUIRED, true, false, "REST <marker>", "4.1.3",
            "Sets the offset at which the next RETR, STOR or APPE starts"),
    RNFR(Source.RFC959, REQUIRED, true, false, "RNFR <pathname>", "4.1.3",
            "Names the file or directory to rename; RNTO must follow"),
    RNTO(Source.RFC959, REQUIRED, true, false, "RNTO <pathname>", "4.1.3",
            "Gives the new name for the file named by the RNFR just before"),
    ABOR(Source.RFC959, NONE, true, false, "ABOR", "4.1.3",
            "Aborts the transfer in progress and closes its data connection"),
    DELE(Source.RFC959, REQUIRED, true, false, "DELE <pathname>", "4.1.3",
            "Deletes a file"),
    RMD(Source.RFC959, REQUIRED, true, false, "RMD <pathname>", "4.1.3",
            "Removes an empty directory"),
    MKD(Source.RFC959, REQUIRED, true, false, "MKD <pathname>", "4.1.3",
            "Creates a directory"),
    PWD(Source.RFC959, NONE, true, false, "PWD", "4.1.3",
            "Prints the working directory"),
    LIST(Source.RFC959, OPTIONAL, true, true, "LIST [<pathname>]", "4.1.3",
            "Sends a human-readable listing over the data connection"),
    NLST(Source.RFC959, OPTIONAL, true, true, "NLST [<pathname>]", "4.1.3",
            "Sends the bare names of a directory's entries over the data connection"),
    SITE(Source.RFC959, REQUIRED, true, false, "SITE <string>", "4.1.3",
            "Runs a server-specific command"),
    SYST(Source.RFC959, NONE, false, false, "SYST", "4.1.3",
            "Names the server's operating system type"),
    STAT(Source.RFC959, OPTIONAL, true, false, "STAT [<pathname>]", "4.1.3",
            "Reports the session's status, or lists a path over the control connection"),
    HELP(Source.RFC959, OPTIONAL, false, false, "HELP [<string>]", "4.1.3",
            "Lists the commands the server knows, or explains one"),
    NOOP(Source.RFC959, NONE, false, false, "NOOP", "4.1.3",
            "Does nothing but get a 200 reply; keeps the session alive"),

    // RFC 775 aliases, still sent by some Windows clients
    XCWD(Source.RFC775, REQUIRED, true, false, "XCWD <pathname>", "", "Alias of CWD"),
    XCUP(Source.RFC775, NONE, true, false, "XCUP", "", "Alias of CDUP"),
    XMKD(Source.RFC775, REQUIRED, true, false, "XMKD <pathname>", "", "Alias of MKD"),
    XRMD(Source.RFC775, REQUIRED, true, false, "XRMD <pathname>", "", "Alias of RMD"),
    XPWD(Source.RFC775, NONE, true, false, "XPWD", "", "Alias of PWD"),

    // RFC 2228: security extensions (RFC 4217 uses AUTH TLS, PBSZ 0, PROT P, CCC)
    AUTH(Source.RFC2228, REQUIRED, false, false, "AUTH TLS|SSL", "3",
            "Starts a security exchange; AUTH TLS upgrades the control connection"),
    ADAT(Source.RFC2228, REQUIRED, false, false, "ADAT <base64data>", "3",
            "Sends security data for the mechanism chosen by AUTH"),
    PBSZ(Source.RFC2228, REQUIRED, false, false, "PBSZ <decimal-integer>", "3",
            "Sets the protection buffer size; must follow AUTH and come before PROT"),
    PROT(Source.RFC2228, REQUIRED, false, false, "PROT C|S|E|P", "3",
            "Sets data connection protection: C clear, P private (TLS)"),
    CCC(Source.RFC2228, NONE, false, false, "CCC", "3",
            "Returns the control connection to clear text after AUTH"),
    MIC(Source.RFC2228, REQUIRED, false, false, "MIC <base64data>", "3",
            "Sends an integrity-protected command"),
    CONF(Source.RFC2228, REQUIRED, false, false, "CONF <base64data>", "3",
            "Sends a confidentiality-protected command"),
    ENC(Source.RFC2228, REQUIRED, false, false, "ENC <base64data>", "3",
            "Sends a private command"),

    // RFC 2389: feature negotiation
    FEAT(Source.RFC2389, NONE, false, false, "FEAT", "3",
            "Lists the extensions the server supports"),
    OPTS(Source.RFC2389, REQUIRED, false, false, "OPTS <verb> [<options>]", "4",
            "Sets options of a command, such as OPTS UTF8 ON"),

    // RFC 2428: IPv6 and NAT
    EPRT(Source.RFC2428, REQUIRED, true, false, "EPRT |<af>|<address>|<port>|", "2",
            "Names an IPv4 or IPv6 address and port for the next data connection"),
    EPSV(Source.RFC2428, OPTIONAL, true, false, "EPSV [<af>|ALL]", "3",
            "Asks the server to listen for the next data connection; replies only a port"),

    // RFC 2640: internationalization
    LANG(Source.RFC2640, OPTIONAL, false, false, "LANG [<language-tag>]", "4.1",
            "Chooses the language of reply texts"),

    // RFC 3659: extensions
    MDTM(Source.RFC3659, REQUIRED, true, false, "MDTM <pathname>", "3",
            "Returns a file's modification time as YYYYMMDDHHMMSS in UTC"),
    SIZE(Source.RFC3659, REQUIRED, true, false, "SIZE <pathname>", "4",
            "Returns a file's size in bytes as it would be transferred"),
    MLST(Source.RFC3659, OPTIONAL, true, false, "MLST [<pathname>]", "7",
            "Returns machine-readable facts about one path over the control connection"),
    MLSD(Source.RFC3659, OPTIONAL, true, true, "MLSD [<pathname>]", "7",
            "Sends machine-readable facts about a directory's entries"),

    // RFC 7151: virtual hosts
    HOST(Source.RFC7151, REQUIRED, false, false, "HOST <domain>", "3",
            "Names the virtual host the client wants, before USER"),

    // RFC 1639: long addresses, obsoleted in practice by EPRT/EPSV
    LPRT(Source.RFC1639, REQUIRED, true, false, "LPRT <af>,<hal>,<h1>,...,<pal>,<p1>,...",
            "2", "Long-address form of PORT"),
    LPSV(Source.RFC1639, NONE, true, false, "LPSV", "3",
            "Long-address form of PASV"),

    // Common extensions in wide use (drafts and vendor commands)
    CLNT(Source.EXTENSION, REQUIRED, false, false, "CLNT <client-name>", "",
            "Names the client software; informational"),
    MFMT(Source.EXTENSION, REQUIRED, true, false, "MFMT <YYYYMMDDHHMMSS> <pathname>", "",
            "Sets a file's modification time (draft-somers-ftp-mfxx)"),
    MFCT(Source.EXTENSION, REQUIRED, true, false, "MFCT <YYYYMMDDHHMMSS> <pathname>", "",
            "Sets a file's creation time (draft-somers-ftp-mfxx)"),
    MFF(Source.EXTENSION, REQUIRED, true, false, "MFF <facts> <pathname>", "",
            "Sets facts of a file (draft-somers-ftp-mfxx)"),
    HASH(Source.EXTENSION, REQUIRED, true, false, "HASH <pathname>", "",
            "Returns a file's hash (draft-bryan-ftpext-hash)"),
    AVBL(Source.EXTENSION, OPTIONAL, true, false, "AVBL [<pathname>]", "",
            "Returns the bytes available for uploads"),
    XCRC(Source.EXTENSION, REQUIRED, true, false, "XCRC <pathname>", "",
            "Returns a file's CRC-32"),
    XMD5(Source.EXTENSION, REQUIRED, true, false, "XMD5 <pathname>", "",
            "Returns a file's MD5 digest"),
    XSHA1(Source.EXTENSION, REQUIRED, true, false, "XSHA1 <pathname>", "",
            "Returns a file's SHA-1 digest"),
    XSHA256(Source.EXTENSION, REQUIRED, true, false, "XSHA256 <pathname>", "",
            "Returns a file's SHA-256 digest"),
    XSHA512(Source.EXTENSION, REQUIRED, true, false, "XSHA512 <pathname>", "",
            "Returns a file's SHA-512 digest");

    private static final Map<String, Verb> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Verb::name, Function.identity()));

    private final Source source;
    private final ArgumentRule argument;
    private final boolean requiresLogin;
    private final boolean requiresDataConnection;
    private final String syntax;
    private final String section;
    private final String summary;

    Verb(Source source, ArgumentRule argument, boolean requiresLogin,
            boolean requiresDataConnection, String syntax, String section, String summary) {
        this.source = source;
        this.argument = argument;
        this.requiresLogin = requiresLogin;
        this.requiresDataConnection = requiresDataConnection;
        this.syntax = syntax;
        this.section = section;
        this.summary = summary;
    }

    /** Returns the verb named {@code text}, in any case, or empty when the catalog lacks it. */
    public static Optional<Verb> lookup(String text) {
        return Optional.ofNullable(BY_NAME.get(text.toUpperCase(Locale.ROOT)));
    }

    /** Returns the document that defines this verb. */
    public Source source() {
        return source;
    }

    /** Returns whether this verb takes an argument. */
    public ArgumentRule argument() {
        return argument;
    }

    /** Returns whether this verb is refused with 530 before a successful login. */
    public boolean requiresLogin() {
        return requiresLogin;
    }

    /**
     * Returns whether this verb is a transfer over a data connection, so PASV, EPSV, PORT or
     * EPRT (or LPSV, LPRT) must come first. Every such verb also requires a login.
     */
    public boolean requiresDataConnection() {
        return requiresDataConnection;
    }

    /** Returns the syntax line, as a help text shows it. */
    public String syntax() {
        return syntax;
    }

    /** Returns the section of {@link #source()} that defines the verb, or "" when none applies. */
    public String section() {
        return section;
    }

    /** Returns one sentence saying what the verb does. */
    public String summary() {
        return summary;
    }

    /**
     * Returns the reply code a server sends when it accepts this verb: the final positive
     * reply, or the intermediate one (331 for USER, 350 for RNFR and REST) that asks for the
     * next command. Taken from the command-reply sequences of RFC 959 section 5.4 and the
     * RFC that defines the verb; for vendor extensions, the code most servers send.
     * Servers may send another positive code (CDUP is often answered 250, not 200).
     */
    public int positiveReply() {
        return switch (canonical()) {
            case USER -> 331;
            case PASS, ACCT -> 230;
            case REIN, HOST -> 220;
            case QUIT -> 221;
            case PASV -> 227;
            case LPSV -> 228;
            case EPSV -> 229;
            case RETR, STOR, STOU, APPE, LIST, NLST, MLSD, ABOR -> 226;
            case REST, RNFR -> 350;
            case CWD, SMNT, DELE, RMD, RNTO, MLST, XCRC, XMD5, XSHA1, XSHA256, XSHA512 -> 250;
            case MKD, PWD -> 257;
            case SYST -> 215;
            case STAT, FEAT -> 211;
            case HELP -> 214;
            case MDTM, SIZE, MFMT, MFCT, MFF, HASH, AVBL -> 213;
            case AUTH -> 234;
            case ADAT -> 235;
            case MIC -> 631;
            case ENC -> 632;
            case CONF -> 633;
            default -> 200;
        };
    }

    /** Returns the verb this one is an alias of (XCWD gives CWD), or this verb itself. */
    public Verb canonical() {
        return switch (this) {
            case XCWD -> CWD;
            case XCUP -> CDUP;
            case XMKD -> MKD;
            case XRMD -> RMD;
            case XPWD -> PWD;
            default -> this;
        };
    }

    /** The documents commands come from. */
    public enum Source {
        RFC959("RFC 959"),
        RFC775("RFC 775"),
        RFC1639("RFC 1639"),
        RFC2228("RFC 2228"),
        RFC2389("RFC 2389"),
        RFC2428("RFC 2428"),
        RFC2640("RFC 2640"),
        RFC3659("RFC 3659"),
        RFC4217("RFC 4217"),
        RFC7151("RFC 7151"),
        EXTENSION("common extension");

        private final String title;

        Source(String title) {
            this.title = title;
        }

        /** Returns the document's name as people cite it, such as "RFC 959". */
        public String title() {
            return title;
        }
    }
}

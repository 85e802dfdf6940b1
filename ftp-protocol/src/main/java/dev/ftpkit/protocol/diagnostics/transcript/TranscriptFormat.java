package dev.ftpkit.protocol.diagnostics.transcript;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of log that {@link TranscriptParser} reads, each named by the tool that writes it. */
public enum TranscriptFormat {
    /** {@code curl -v}: "> USER x", "< 331 ...", and "* " lines about the connection. */
    CURL("curl", "curl -v"),
    /** {@code lftp -d} (or {@code debug} in lftp): "---> USER x", "<--- 331 ...". */
    LFTP("lftp", "lftp -d"),
    /** Python's ftplib at debug level 1 or 2: "*cmd* 'USER x'", "*get* '331 ...\n'". */
    PYTHON_FTPLIB("ftplib", "Python ftplib set_debuglevel(2)"),
    /**
     * Apache Commons Net's {@code PrintCommandListener}: raw command and reply lines, with
     * "> " and "< " in front when it was created with showDirection.
     */
    COMMONS_NET("commons-net", "Commons Net PrintCommandListener"),
    /** FileZilla's message log or log file: "Command:\tUSER x", "Response:\t331 ...". */
    FILEZILLA("filezilla", "FileZilla client log"),
    /** vsftpd with {@code log_ftp_protocol=YES}: "FTP command: Client ..., "USER x"". */
    VSFTPD("vsftpd", "vsftpd log_ftp_protocol"),
    /**
     * ProFTPD's TraceLog with the command and response channels, or its debug log:
     * "dispatching CMD command 'USER x'", "&lt;response:1&gt;: 331 ...".
     */
    PROFTPD("proftpd", "ProFTPD trace or debug log"),
    /** Pure-FTPd's syslog lines with -d -d: "[DEBUG] Command [user] [x]", "[DEBUG] 331 ...". */
    PURE_FTPD("pure-ftpd", "Pure-FTPd debug syslog");

    private final String id;
    private final String title;

    TranscriptFormat(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** Returns the short name used on the command line, such as "curl" or "pure-ftpd". */
    public String id() {
        return id;
    }

    /** Returns what writes this format, in words, such as "curl -v". */
    public String title() {
        return title;
    }

    /** Returns the format whose {@link #id()} is {@code id}, in any case, or empty. */
    public static Optional<TranscriptFormat> byId(String id) {
        String wanted = id.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.id.equals(wanted)).findFirst();
    }
}

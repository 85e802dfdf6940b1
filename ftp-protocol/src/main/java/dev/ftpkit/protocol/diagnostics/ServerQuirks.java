package dev.ftpkit.protocol.diagnostics;

import static dev.ftpkit.protocol.diagnostics.Situation.BEFORE_LOGIN;
import static dev.ftpkit.protocol.diagnostics.Situation.COMMAND_BETWEEN_REST_AND_TRANSFER;
import static dev.ftpkit.protocol.diagnostics.Situation.COMMAND_BETWEEN_RNFR_AND_RNTO;
import static dev.ftpkit.protocol.diagnostics.Situation.PASS_WITHOUT_USER;
import static dev.ftpkit.protocol.diagnostics.Situation.RNTO_WITHOUT_RNFR;
import static dev.ftpkit.protocol.diagnostics.Situation.TRANSFER_WITHOUT_DATA_CONNECTION;

import java.util.List;
import java.util.OptionalInt;

/**
 * How real servers answer the out-of-order cases, as data. Every row was read in the
 * server's source (the file is in {@link ServerQuirk#source()}); where the source did not
 * settle a case, the server has no row for it rather than a guess.
 *
 * <p>Versions read: vsftpd 3.0.2 (and 3.0.3 as packaged by Debian, run on loopback for the
 * login rows), pyftpdlib 1.5.7, ProFTPD and Pure-FTPd from their 2026 master branches, and
 * Apache MINA FtpServer 1.2.
 */
public final class ServerQuirks {

    private static final String VSFTPD = "vsftpd 3.0";
    private static final String PYFTPDLIB = "pyftpdlib 1.5";
    private static final String PROFTPD = "ProFTPD 1.3";
    private static final String PURE_FTPD = "Pure-FTPd 1.0";
    private static final String MINA = "Apache MINA FtpServer 1.2";

    /** Every known quirk, grouped by server. */
    public static final List<ServerQuirk> ALL = List.of(
            refuses(VSFTPD, BEFORE_LOGIN, 530, "Please login with USER and PASS.",
                    "prelogin.c parse_username_password"),
            refuses(VSFTPD, PASS_WITHOUT_USER, 503, "Login with USER first.",
                    "prelogin.c handle_pass_command"),
            refuses(VSFTPD, RNTO_WITHOUT_RNFR, 503, "RNFR required first.",
                    "postlogin.c handle_rnto"),
            // rnfr_filename_str is set by RNFR and cleared only by RNFR and RNTO.
            tolerates(VSFTPD, COMMAND_BETWEEN_RNFR_AND_RNTO,
                    "keeps the RNFR name until the next RNFR or RNTO, so the rename works",
                    "postlogin.c handle_rnfr, handle_rnto"),
            // restart_pos is reset only by the transfer that uses it.
            tolerates(VSFTPD, COMMAND_BETWEEN_REST_AND_TRANSFER,
                    "keeps the REST offset until the next transfer, whatever comes between",
                    "postlogin.c handle_rest, handle_retr"),
            refuses(VSFTPD, TRANSFER_WITHOUT_DATA_CONNECTION, 425, "Use PORT or PASV first.",
                    "postlogin.c data_transfer_checks_ok"),

            refuses(PYFTPDLIB, BEFORE_LOGIN, 530, "Log in with USER and PASS first.",
                    "pyftpdlib/handlers.py FTPHandler.pre_process_command"),
            refuses(PYFTPDLIB, PASS_WITHOUT_USER, 503, "Login with USER first.",
                    "pyftpdlib/handlers.py FTPHandler.ftp_PASS"),
            refuses(PYFTPDLIB, RNTO_WITHOUT_RNFR, 503,
                    "Bad sequence of commands: use RNFR first.",
                    "pyftpdlib/handlers.py FTPHandler.ftp_RNTO"),
            // self._rnfr is cleared only by RNTO and by a new login.
            tolerates(PYFTPDLIB, COMMAND_BETWEEN_RNFR_AND_RNTO,
                    "keeps the RNFR name until RNTO, so the rename works",
                    "pyftpdlib/handlers.py FTPHandler.ftp_RNFR, ftp_RNTO"),
            // push_dtp_data queues the file and answers 150 when no data channel exists.
            new ServerQuirk(PYFTPDLIB, TRANSFER_WITHOUT_DATA_CONNECTION, OptionalInt.of(150),
                    "File status okay. About to open data connection.",
                    "then waits for a data connection that never comes; no 425",
                    "pyftpdlib/handlers.py FTPHandler.push_dtp_data"),

            refuses(PROFTPD, BEFORE_LOGIN, 530, "Please login with USER and PASS",
                    "modules/mod_auth.c auth_cmd_chk_cb"),
            refuses(PROFTPD, PASS_WITHOUT_USER, 503, "Login with USER first",
                    "modules/mod_auth.c auth_pass"),
            refuses(PROFTPD, RNTO_WITHOUT_RNFR, 503, "Bad sequence of commands",
                    "modules/mod_core.c core_rnto"),
            // RFC 959 3.2 names a default data port; ProFTPD still honours it.
            tolerates(PROFTPD, TRANSFER_WITHOUT_DATA_CONNECTION,
                    "connects to the client's own address and port, the RFC 959 default data"
                            + " port; behind NAT or a firewall this fails with 425",
                    "src/data.c data_active_open"),

            refuses(PURE_FTPD, BEFORE_LOGIN, 530, "You aren't logged in",
                    "src/ftp_parser.c parser"),
            // The one server read that answers PASS before USER with 530, not 503.
            refuses(PURE_FTPD, PASS_WITHOUT_USER, 530, "Please tell me who you are",
                    "src/ftpd.c dopass"),
            refuses(PURE_FTPD, RNTO_WITHOUT_RNFR, 503, "Need RNFR before RNTO",
                    "src/ftpd.c dornto"),
            // renamefrom is cleared only after a rename.
            tolerates(PURE_FTPD, COMMAND_BETWEEN_RNFR_AND_RNTO,
                    "keeps the RNFR name until RNTO, so the rename works",
                    "src/ftpd.c dornfr, dornto"),
            refuses(PURE_FTPD, TRANSFER_WITHOUT_DATA_CONNECTION, 425, "No data connection",
                    "src/ftpd.c opendata"),

            refuses(MINA, BEFORE_LOGIN, 530, "Access denied.",
                    "DefaultFtpHandler.messageReceived, FtpStatus.properties 530.permission"),
            refuses(MINA, PASS_WITHOUT_USER, 503, "Login with USER first.",
                    "command/impl/PASS.java, FtpStatus.properties 503.PASS"),
            refuses(MINA, RNTO_WITHOUT_RNFR, 503, "Can't find the file which has to be renamed.",
                    "command/impl/RNTO.java, FtpStatus.properties 503.RNTO"),
            // Nearly every command handler calls FtpIoSession.resetState, which removes the
            // rename source and the file offset.
            new ServerQuirk(MINA, COMMAND_BETWEEN_RNFR_AND_RNTO, OptionalInt.of(503),
                    "Can't find the file which has to be renamed.",
                    "any command between RNFR and RNTO drops the RNFR name",
                    "impl/FtpIoSession.resetState, command/impl/RNTO.java"),
            tolerates(MINA, COMMAND_BETWEEN_REST_AND_TRANSFER,
                    "any other command, PASV, EPSV and TYPE included, silently drops the REST"
                            + " offset, so the transfer starts at byte 0",
                    "impl/FtpIoSession.resetState, command/impl/PASV.java, TYPE.java"),
            refuses(MINA, TRANSFER_WITHOUT_DATA_CONNECTION, 503,
                    "PORT or PASV must be issued first",
                    "command/impl/RETR.java (and STOR, STOU, APPE, LIST, NLST, MLSD)"));

    private ServerQuirks() {
    }

    /** Returns what the servers do in {@code situation}, in the order of {@link #ALL}. */
    public static List<ServerQuirk> in(Situation situation) {
        return ALL.stream().filter(quirk -> quirk.situation() == situation).toList();
    }

    /** Returns the quirks whose reply code is {@code code}, in the order of {@link #ALL}. */
    public static List<ServerQuirk> answering(int code) {
        return ALL.stream()
                .filter(quirk -> quirk.replyCode().isPresent()
                        && quirk.replyCode().getAsInt() == code)
                .toList();
    }

    private static ServerQuirk refuses(String server, Situation situation, int code,
            String text, String source) {
        return new ServerQuirk(server, situation, OptionalInt.of(code), text, "", source);
    }

    private static ServerQuirk tolerates(String server, Situation situation, String behaviour,
            String source) {
        return new ServerQuirk(server, situation, OptionalInt.empty(), "", behaviour, source);
    }
}

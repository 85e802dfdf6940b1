package dev.ftpkit.testkit;

import java.nio.file.Path;

/**
 * The vsftpd configuration the tests run with, each option with the reason it is set.
 *
 * <p>Checked against vsftpd 3.0.3 (Debian 12) as root: anonymous login, LIST, RETR, STOR,
 * APPE, REST with STOR and RETR, MKD, RMD, RNFR/RNTO and DELE all succeed in {@code /pub}.
 */
final class VsftpdConfig {

    private VsftpdConfig() {
    }

    /** Returns the contents of vsftpd.conf for a server on 127.0.0.1:{@code port}. */
    static String render(int port, Path anonRoot, Path emptyDir, Path log) {
        return String.join("\n",
                "# Standalone: vsftpd listens itself instead of being started by inetd.",
                "listen=YES",
                "listen_ipv6=NO",
                "# Loopback only, on the free port the fixture found.",
                "listen_address=127.0.0.1",
                "listen_port=" + port,
                "# Stay in the foreground, so the fixture's Process is vsftpd itself.",
                "background=NO",
                "# The seccomp filter kills sessions on syscalls some kernels and container",
                "# runtimes make (\"500 OOPS: child died\"); tests gain nothing from it.",
                "seccomp_sandbox=NO",
                "# An empty root-owned directory vsftpd chroots its unprivileged helper into.",
                "secure_chroot_dir=" + emptyDir,
                "# Anonymous sessions only: local users would need system accounts and PAM.",
                "anonymous_enable=YES",
                "local_enable=NO",
                "no_anon_password=YES",
                "# Chrooted into this root-owned directory; the writable part is pub/ inside.",
                "anon_root=" + anonRoot,
                "# Uploads (STOR, APPE, REST+STOR), MKD, and RNFR/RNTO/DELE/RMD (other_write).",
                "write_enable=YES",
                "anon_upload_enable=YES",
                "anon_mkdir_write_enable=YES",
                "anon_other_write_enable=YES",
                "# Uploaded files readable by all, and downloads not limited to such files.",
                "anon_umask=022",
                "anon_world_readable_only=NO",
                "# Passive replies name loopback. pasv_min_port and pasv_max_port stay 0: the",
                "# kernel picks free ports, so parallel test runs cannot collide on a range.",
                "pasv_enable=YES",
                "pasv_address=127.0.0.1",
                "pasv_addr_resolve=NO",
                "# Active mode connects from an ephemeral port, not from port 20 (needs root).",
                "port_enable=YES",
                "connect_from_port_20=NO",
                "# Log every command and reply to our own file, not to /var/log.",
                "xferlog_enable=YES",
                "xferlog_std_format=NO",
                "log_ftp_protocol=YES",
                "vsftpd_log_file=" + log,
                "# Listing times in UTC, as clients assume without a time zone.",
                "use_localtime=NO",
                "# No utmp/wtmp entries and no /etc/hosts.allow lookups for test sessions.",
                "session_support=NO",
                "tcp_wrappers=NO",
                "");
    }
}

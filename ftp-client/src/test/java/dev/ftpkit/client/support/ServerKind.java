package dev.ftpkit.client.support;

import dev.ftpkit.client.FtpClient;
import dev.ftpkit.client.FtpClientBuilder;
import dev.ftpkit.testkit.PeerFtpServer;
import dev.ftpkit.testkit.PyftpdlibServer;
import dev.ftpkit.testkit.VsftpdServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/** The servers the client is tested against. */
public enum ServerKind {
    /** ftpkit's own server. */
    FTPKIT,
    /** pyftpdlib with MLSD and MLST: listings by MLSD, stat by MLST. */
    PYFTPDLIB,
    /** pyftpdlib without MLSD and MLST: listings by LIST, stat by SIZE, MDTM and CWD. */
    PYFTPDLIB_LIST_ONLY,
    /** vsftpd: LIST with numeric owners, no MLSD, anonymous uploads in /pub. */
    VSFTPD;

    /** Starts the server with its files under {@code scratch}. */
    public PeerFtpServer start(Path scratch) throws Exception {
        return switch (this) {
            case FTPKIT -> FtpkitServer.start(scratch);
            case PYFTPDLIB -> PyftpdlibServer.start(scratch);
            case PYFTPDLIB_LIST_ONLY -> PyftpdlibServer.startWithout(scratch,
                    Set.of("MLSD", "MLST"));
            case VSFTPD -> VsftpdServer.start(scratch);
        };
    }

    /** Returns a builder for a client of {@code server}, with short test timeouts. */
    public static FtpClientBuilder clientOf(PeerFtpServer server) {
        return FtpClient.builder()
                .host(server.host())
                .port(server.port())
                .credentials(server.user(), server.password())
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(20))
                .dataTimeout(Duration.ofSeconds(20));
    }
}

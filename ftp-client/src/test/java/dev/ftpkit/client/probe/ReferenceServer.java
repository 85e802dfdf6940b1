package dev.ftpkit.client.probe;

import static dev.ftpkit.client.probe.CheckVerdict.FAIL;
import static dev.ftpkit.client.probe.CheckVerdict.PASS;
import static dev.ftpkit.client.probe.CheckVerdict.SKIP;
import static dev.ftpkit.client.probe.CheckVerdict.WARN;

import dev.ftpkit.client.support.FtpkitServer;
import dev.ftpkit.client.support.MinaServer;
import dev.ftpkit.testkit.PeerFtpServer;
import dev.ftpkit.testkit.PyftpdlibServer;
import dev.ftpkit.testkit.VsftpdServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The servers the probe is tested against, each with the verdicts it is known to earn
 * with {@code --write}. Every verdict but PASS is listed with the reason, read in the
 * server's behaviour (and for the out-of-order cases in {@code ServerQuirks}).
 */
enum ReferenceServer {
    /** ftpkit's own server: it enforces the sequencing rules the probe checks. */
    FTPKIT("ftpkit", "ftpkit's server from this repository, in the test JVM; one user with"
            + " write access", Map.of(
            // ftpkit has no TLS yet: AUTH gets 502.
            "tls-offered", SKIP,
            "tls-sequence", SKIP)),

    /** pyftpdlib 1.5.7, as Debian packages it. */
    PYFTPDLIB("pyftpdlib", "Debian's python3-pyftpdlib 1.5.7, started by ftp-testkit; one user"
            + " with all permissions", Map.of(
            // ServerQuirks: it keeps the REST offset and the RNFR name across other commands.
            "rest-then-other", WARN,
            "rename-interrupted", WARN,
            // ServerQuirks: 150, then it waits for a data connection nobody prepared.
            "transfer-without-data-connection", FAIL,
            // Its perm fact holds M and T, letters of its own (chmod, set time).
            "mlst-facts", WARN,
            "mlsd-facts", WARN,
            // OPTS UTF8 ON gets 501 though FEAT lists UTF8.
            "utf8", WARN,
            "tls-offered", SKIP,
            "tls-sequence", SKIP)),

    /** vsftpd 3.0.3 as Debian packages it, anonymous, writable /pub. */
    VSFTPD("vsftpd", "Debian's vsftpd 3.0.3, started by ftp-testkit as root; anonymous, writable"
            + " /pub, passive address 127.0.0.1", Map.of(
            // RNFR without a name gets 550, a file error, not 501.
            "missing-argument", WARN,
            "rest-then-other", WARN,
            "rename-interrupted", WARN,
            // No MLST or MLSD at all.
            "mlst-facts", SKIP,
            "mlsd-facts", SKIP,
            // "200 Always in UTF8 mode." while FEAT lists no UTF8.
            "utf8", WARN,
            "tls-offered", SKIP,
            "tls-sequence", SKIP)),

    /** Apache MINA FtpServer 1.2.1 in this JVM, without TLS keys. */
    MINA("Apache MINA FtpServer", "ftpserver-core 1.2.1 in the test JVM, defaults but a"
            + " passive address of 127.0.0.1; one user with write access; no TLS keys",
            Map.of(
            // ServerQuirks: it drops the REST offset silently and answers PWD.
            "rest-then-other", WARN,
            // The MLST entry line lacks its leading space and an empty line follows it.
            "mlst-facts", FAIL,
            // FEAT lists AUTH TLS; with no keys configured AUTH TLS gets 431.
            "tls-offered", WARN,
            // PBSZ 0 before AUTH TLS gets 200.
            "tls-sequence", FAIL));

    private final String title;
    private final String setup;
    private final Map<String, CheckVerdict> exceptions;

    ReferenceServer(String title, String setup, Map<String, CheckVerdict> exceptions) {
        this.title = title;
        this.setup = setup;
        this.exceptions = exceptions;
    }

    /** Returns the server's name as the scorecards show it. */
    String title() {
        return title;
    }

    /** Returns how the server runs for the tests, in words. */
    String setup() {
        return setup;
    }

    /** Starts the server under {@code scratch}, with one file, hello.txt, to ask about. */
    PeerFtpServer start(Path scratch) throws Exception {
        PeerFtpServer server = switch (this) {
            case FTPKIT -> FtpkitServer.start(scratch);
            case PYFTPDLIB -> PyftpdlibServer.start(scratch);
            case VSFTPD -> VsftpdServer.start(scratch);
            case MINA -> MinaServer.start(scratch);
        };
        Files.writeString(server.localHome().resolve("hello.txt"), "hello, probe\n");
        server.handOver();
        return server;
    }

    /** Returns the verdict of every check of the suite this server earns with --write. */
    Map<String, CheckVerdict> expectedVerdicts() {
        Map<String, CheckVerdict> verdicts = new LinkedHashMap<>();
        for (ProbeCheck check : ProbeChecks.suite()) {
            verdicts.put(check.id(), exceptions.getOrDefault(check.id(), PASS));
        }
        return verdicts;
    }

    /** Returns settings with the CLI's defaults that probe {@code server} in its directory. */
    static ProbeSettings settings(PeerFtpServer server, boolean write) {
        ProbeSettings defaults = ProbeSettings.of(server.host(), server.port(), server.user(),
                server.password());
        return settings(server, write, defaults.replyTimeout(), defaults.dataWait());
    }

    /** Returns settings that probe {@code server} in its writable directory. */
    static ProbeSettings settings(PeerFtpServer server, boolean write, Duration replyTimeout,
            Duration dataWait) {
        String directory = server.remoteHome().equals("/") ? "" : server.remoteHome();
        return ProbeSettings.of(server.host(), server.port(), server.user(), server.password())
                .withDirectory(directory)
                .withWrite(write)
                .withTimeouts(replyTimeout, replyTimeout)
                .withDataWait(dataWait);
    }
}

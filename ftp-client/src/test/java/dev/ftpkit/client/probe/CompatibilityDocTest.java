package dev.ftpkit.client.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ftpkit.testkit.PeerFtpServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Probes ftpkit, pyftpdlib, vsftpd and Apache MINA FtpServer with {@code --write} and the
 * command line's default timeouts, and keeps docs/compatibility.md true to the result.
 *
 * <p>The page holds hand-written analysis and two blocks between BEGIN/END GENERATED
 * markers. With {@code -Dftpkit.regenerateCompat=true} both blocks are rewritten from this
 * run; without it the verdict table must equal this run's, and the details block (whose
 * reply texts may differ in small ways between machines) is left alone. Every server must
 * be available; under CI=true a missing one fails the test.
 */
@Timeout(300)
class CompatibilityDocTest {

    static final String REGENERATE = "mvn -B -o -pl ftp-client -am test"
            + " -Dtest=CompatibilityDocTest -Dsurefire.failIfNoSpecifiedTests=false"
            + " -Dftpkit.regenerateCompat=true";
    private static final String VERDICTS = "CompatibilityDoc.verdicts()";
    private static final String DETAILS = "CompatibilityDoc.details()";

    @TempDir
    Path scratch;

    @Test
    void verdictTableOfDocsCompatibilityMdMatchesALiveRun() throws Exception {
        Map<ReferenceServer, Scorecard> scorecards = probeEveryServer();
        Path page = repositoryRoot().resolve("docs/compatibility.md");
        String text = Files.readString(page, StandardCharsets.UTF_8);

        String verdicts = CompatibilityDoc.verdicts(scorecards);
        if (Boolean.getBoolean("ftpkit.regenerateCompat")) {
            String details = CompatibilityDoc.details(scorecards);
            text = replaceBlock(replaceBlock(text, VERDICTS, verdicts), DETAILS, details);
            Files.writeString(page, text, StandardCharsets.UTF_8);
        }

        assertThat(block(text, VERDICTS))
                .as("%s is out of date with the servers' behaviour; read the differences,"
                        + " update the analysis, and regenerate with: %s", page, REGENERATE)
                .isEqualTo(verdicts);
    }

    private Map<ReferenceServer, Scorecard> probeEveryServer() throws Exception {
        Map<ReferenceServer, Scorecard> scorecards = new EnumMap<>(ReferenceServer.class);
        for (ReferenceServer kind : ReferenceServer.values()) {
            Path home = Files.createDirectories(scratch.resolve(kind.name()));
            try (PeerFtpServer server = kind.start(home)) {
                scorecards.put(kind, ServerProbe.run(ReferenceServer.settings(server, true)));
            }
        }
        return scorecards;
    }

    private static String block(String text, String name) {
        int[] bounds = bounds(text, name);
        return text.substring(bounds[0], bounds[1]).strip() + "\n";
    }

    private static String replaceBlock(String text, String name, String content) {
        int[] bounds = bounds(text, name);
        return text.substring(0, bounds[0]) + "\n" + content + "\n" + text.substring(bounds[1]);
    }

    /** Returns where the content between the markers of block {@code name} starts and ends. */
    private static int[] bounds(String text, String name) {
        String begin = "<!-- BEGIN GENERATED: " + name + " -->";
        String end = "<!-- END GENERATED: " + name + " -->";
        int beginAt = text.indexOf(begin);
        int endAt = text.indexOf(end);
        assertThat(beginAt).as("marker \"%s\" in docs/compatibility.md", begin).isNotNegative();
        assertThat(endAt).as("marker \"%s\" after its BEGIN", end).isGreaterThan(beginAt);
        return new int[] {beginAt + begin.length() + 1, endAt};
    }

    /** Walks up from the module directory to the checkout that holds ftp-client/. */
    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("ftp-client/pom.xml"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("repository root above %s", Path.of("").toAbsolutePath())
                .isNotNull();
        return dir;
    }
}

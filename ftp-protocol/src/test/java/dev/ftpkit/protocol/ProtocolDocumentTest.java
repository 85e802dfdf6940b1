package dev.ftpkit.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ftpkit.protocol.reply.ReplyTable;
import dev.ftpkit.protocol.sequence.SequencingTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/protocol.md equal to what the model renders. The page holds hand-written text
 * and blocks between BEGIN/END GENERATED markers; only the blocks are compared.
 *
 * <p>To regenerate after changing the model:
 * {@code mvn -B -o -pl ftp-protocol test -Dtest=ProtocolDocumentTest
 * -Dftpkit.regenerateDocs=true}
 */
class ProtocolDocumentTest {

    private static final String REGENERATE = "mvn -B -o -pl ftp-protocol test"
            + " -Dtest=ProtocolDocumentTest -Dftpkit.regenerateDocs=true";

    /** Each generated block, by the name its markers carry. */
    private static final Map<String, Supplier<String>> BLOCKS = Map.of(
            "SequencingTable.markdown()", SequencingTable::markdown,
            "ReplyTable.markdown()", ReplyTable::markdown);

    @Test
    void generatedBlocksOfDocsProtocolMdMatchTheModel() throws IOException {
        Path page = repositoryRoot().resolve("docs/protocol.md");
        String text = Files.readString(page, StandardCharsets.UTF_8);

        String rendered = text;
        for (Map.Entry<String, Supplier<String>> block : BLOCKS.entrySet()) {
            rendered = replaceBlock(rendered, block.getKey(), block.getValue().get());
        }
        if (Boolean.getBoolean("ftpkit.regenerateDocs") && !rendered.equals(text)) {
            Files.writeString(page, rendered, StandardCharsets.UTF_8);
            text = rendered;
        }

        assertThat(text)
                .as("%s is out of date with the model; regenerate it with: %s", page,
                        REGENERATE)
                .isEqualTo(rendered);
    }

    private static String replaceBlock(String text, String name, String content) {
        String begin = "<!-- BEGIN GENERATED: " + name;
        String end = "<!-- END GENERATED: " + name + " -->";
        int beginAt = text.indexOf(begin);
        int endAt = text.indexOf(end);
        assertThat(beginAt).as("marker \"%s\" in docs/protocol.md", begin).isNotNegative();
        assertThat(endAt).as("marker \"%s\" after its BEGIN", end).isGreaterThan(beginAt);

        int contentStart = text.indexOf('\n', beginAt) + 1;
        return text.substring(0, contentStart) + "\n" + content + "\n" + text.substring(endAt);
    }

    /** Walks up from the module directory to the checkout that holds ftp-protocol/. */
    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("ftp-protocol/pom.xml"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("repository root above %s", Path.of("").toAbsolutePath())
                .isNotNull();
        return dir;
    }
}

package dev.ftpkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Runs every {@code $ ftpkit ...} example of docs/diagnostics.md that shows its output and
 * compares the output, so the guide cannot drift from what the commands print.
 */
@Timeout(60)
class DiagnosticsDocTest {

    // Surefire runs in ftp-cli; the guide's paths are relative to the repository root.
    private static final Path REPOSITORY = Path.of("..");
    private static final String PROMPT = "$ ftpkit ";

    @Test
    void everyExampleInTheGuidePrintsWhatTheGuideShows() throws IOException {
        List<List<String>> examples = examples(
                Files.readAllLines(REPOSITORY.resolve("docs/diagnostics.md")));

        for (List<String> example : examples) {
            String[] args = example.get(0).substring(PROMPT.length()).split(" ");
            String[] rooted = Arrays.stream(args)
                    .map(arg -> arg.contains("/") ? REPOSITORY.resolve(arg).toString() : arg)
                    .toArray(String[]::new);

            CommandRun run = CommandRun.ftpkit(rooted);

            String printed = (run.out() + run.err()).replace(REPOSITORY + "/", "");
            String shown = String.join("\n", example.subList(1, example.size())) + "\n";
            assertThat(printed).as(example.get(0)).isEqualTo(shown);
        }
        assertThat(examples).as("examples with output").hasSizeGreaterThanOrEqualTo(8);
    }

    /** Returns each console block that starts with an ftpkit command and shows output. */
    private static List<List<String>> examples(List<String> lines) {
        List<List<String>> examples = new ArrayList<>();
        List<String> block = null;
        for (String line : lines) {
            if (line.equals("```console")) {
                block = new ArrayList<>();
            } else if (line.equals("```") && block != null) {
                if (block.size() > 1 && block.get(0).startsWith(PROMPT)) {
                    examples.add(block);
                }
                block = null;
            } else if (block != null) {
                block.add(line);
            }
        }
        return examples;
    }
}

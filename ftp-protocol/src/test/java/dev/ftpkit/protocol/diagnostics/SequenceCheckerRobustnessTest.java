package dev.ftpkit.protocol.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.ftpkit.protocol.diagnostics.transcript.SampleTranscripts;
import dev.ftpkit.protocol.diagnostics.transcript.Transcript;
import dev.ftpkit.protocol.diagnostics.transcript.TranscriptParser;
import dev.ftpkit.protocol.diagnostics.transcript.UnrecognisedTranscriptException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Mangled input must give findings or {@link UnrecognisedTranscriptException}, never another
 * exception. A password that the mangled input still holds in a form ftpkit promises to
 * mask (after PASS or ACCT, in a URL, quoted after "password") must never come out; one
 * whose PASS the mutation turned into "KASS" is no longer recognisable as a password, by
 * ftpkit or anyone.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SequenceCheckerRobustnessTest {

    private static final int ROUNDS_PER_SAMPLE = 150;
    private static final Pattern RECOGNISABLE = Pattern.compile("(?i)((?:^|[^A-Za-z0-9])"
            + "(PASS|ACCT)[ \\t]+|://[^\\s/:@]*:|password \")\\S*" + "Tr0ub4dor\\S*");
    private static final String[] DEBRIS = {"", " ", "<", "< ", "> ", "---> ", "<--- ",
            "*get* '", "*resp* \"", "Response:\t", "Command:\t", "FTP response: Client \"x\", \"",
            "[DEBUG] Command [", "<response:1>: ", "999 ", "1", "220-", "226", "\u0000",
            "PASS Tr0ub4dor-fuzz", "> PASS Tr0ub4dor-fuzz", "ftp://u:Tr0ub4dor-url@host/"};

    @Test
    void survivesSeededRandomMutationsOfEverySample() {
        Random random = new Random(20240514L);
        int checked = 0;
        int leakChecked = 0;
        for (String name : SampleTranscripts.ALL) {
            List<String> original = SampleTranscripts.lines(name);
            for (int round = 0; round < ROUNDS_PER_SAMPLE; round++) {
                List<String> mutated = mutate(original, random);
                boolean recognisable = passwordsRecognisable(mutated);

                assertThatCode(() -> check(mutated, recognisable))
                        .as("%s round %d", name, round).doesNotThrowAnyException();
                checked++;
                leakChecked += recognisable ? 1 : 0;
            }
        }
        assertThat(checked).isEqualTo(SampleTranscripts.ALL.size() * ROUNDS_PER_SAMPLE);
        assertThat(leakChecked).as("rounds checked for leaks").isGreaterThan(checked * 9 / 10);
    }

    @Test
    void survivesEveryTruncationOfEverySample() {
        for (String name : SampleTranscripts.ALL) {
            List<String> lines = SampleTranscripts.lines(name);
            for (int length = 0; length <= lines.size(); length++) {
                List<String> cut = lines.subList(0, length);
                String lastLineHalf = length < lines.size()
                        ? lines.get(length).substring(0, lines.get(length).length() / 2) : "";
                List<String> withHalfLine = new ArrayList<>(cut);
                withHalfLine.add(lastLineHalf);

                assertThatCode(() -> check(cut, true)).as("%s cut at %d", name, length)
                        .doesNotThrowAnyException();
                assertThatCode(() -> check(withHalfLine, passwordsRecognisable(withHalfLine)))
                        .as("%s cut inside line %d", name, length + 1)
                        .doesNotThrowAnyException();
            }
        }
    }

    private static void check(List<String> lines, boolean assertNoLeak) {
        String output;
        try {
            Transcript transcript = TranscriptParser.parse(lines);
            output = transcript.entries() + "\n" + SequenceChecker.check(transcript);
        } catch (UnrecognisedTranscriptException e) {
            output = e.getMessage();
        }
        if (assertNoLeak) {
            assertThat(output).doesNotContain(SampleTranscripts.PASSWORD_MARK);
        }
    }

    private static boolean passwordsRecognisable(List<String> lines) {
        return lines.stream().allMatch(line -> RECOGNISABLE.matcher(line).replaceAll("")
                .indexOf(SampleTranscripts.PASSWORD_MARK) < 0);
    }

    private static List<String> mutate(List<String> lines, Random random) {
        List<String> out = new ArrayList<>(lines);
        int mutations = 1 + random.nextInt(6);
        for (int i = 0; i < mutations && !out.isEmpty(); i++) {
            int at = random.nextInt(out.size());
            switch (random.nextInt(6)) {
                case 0 -> out.remove(at);
                case 1 -> out.add(at, out.get(random.nextInt(out.size())));
                case 2 -> out.set(at, DEBRIS[random.nextInt(DEBRIS.length)] + out.get(at));
                case 3 -> out.set(at,
                        out.get(at).substring(0, random.nextInt(out.get(at).length() + 1)));
                case 4 -> out.add(at, DEBRIS[random.nextInt(DEBRIS.length)]);
                default -> out.set(at, flipCharacter(out.get(at), random));
            }
        }
        return out;
    }

    private static String flipCharacter(String line, Random random) {
        if (line.isEmpty()) {
            return line;
        }
        char[] chars = line.toCharArray();
        chars[random.nextInt(chars.length)] = (char) (random.nextInt(0x7f - 0x20) + 0x20);
        return new String(chars);
    }
}

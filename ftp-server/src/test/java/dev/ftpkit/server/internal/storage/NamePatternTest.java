package dev.ftpkit.server.internal.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(10)
class NamePatternTest {

    @ParameterizedTest(name = "\"{0}\" is a plain name")
    @ValueSource(strings = {"a.txt", "report [draft", "x]y", "[]", "[!]", "dash-name",
            "caf\u00e9.txt"})
    void nameWithoutWildcardIsNoPattern(String name) {
        assertThat(NamePattern.parse(name)).isEmpty();
    }

    @Test
    void overlongNameIsTakenLiterally() {
        assertThat(NamePattern.parse("*".repeat(NamePattern.MAX_LENGTH + 1))).isEmpty();
        assertThat(NamePattern.parse("*".repeat(NamePattern.MAX_LENGTH))).isPresent();
    }

    @ParameterizedTest(name = "\"{0}\" matches \"{1}\": {2}")
    @CsvSource(delimiter = '|', value = {
            "*.txt        | a.txt          | true",
            "*.txt        | a.txt.bak      | false",
            "*.txt        | .txt           | false",
            "*            | anything       | true",
            "*            | ''             | true",
            "a*           | a              | true",
            "*a*b*c       | xaybzc         | true",
            "*a*b*c       | xaybzcd        | false",
            "*ab          | aab            | true",
            "?.txt        | a.txt          | true",
            "?.txt        | ab.txt         | false",
            "??           | \u65e5\u672c       | true",
            "?            | \uD83D\uDE00   | true",
            "[ab].txt     | a.txt          | true",
            "[ab].txt     | c.txt          | false",
            "[a-c]x       | bx             | true",
            "[a-c]x       | dx             | false",
            "[!a-c]x      | dx             | true",
            "[^a-c]x      | ax             | false",
            "[]a]         | ]              | true",
            "[a-]         | -              | true",
            "[z-a]        | m              | false",
            "*[           | report[        | true",
            "*.TXT        | a.txt          | false",
            "st*r.txt     | st*r.txt       | true",
            "st*r.txt     | stellar.txt    | true"})
    void matchesLikeTheShell(String pattern, String name, boolean expected) {
        NamePattern parsed = NamePattern.parse(pattern).orElseThrow();

        assertThat(parsed.matches(name, false)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" matches \".hidden.txt\" without -a: {1}, with: {2}")
    @CsvSource(delimiter = '|', value = {
            "*           | false | true",
            "*.txt       | false | true",
            "?hidden.txt | false | true",
            "[.]hidden*  | false | true",
            ".h*         | true  | true",
            ".*          | true  | true"})
    void leadingDotMatchesOnlyLiterallyUnlessDotFilesShown(String pattern, boolean without,
            boolean with) {
        NamePattern parsed = NamePattern.parse(pattern).orElseThrow();

        assertThat(parsed.matches(".hidden.txt", false)).isEqualTo(without);
        assertThat(parsed.matches(".hidden.txt", true)).isEqualTo(with);
    }

    @Test
    void manyStarsAgainstALongNameFinishQuickly() {
        NamePattern parsed = NamePattern.parse("*a".repeat(100) + "b").orElseThrow();

        // Retrying every star would take exponential time here; the loop takes 255 x 201 steps.
        assertThat(parsed.matches("a".repeat(255), false)).isFalse();
    }
}

package dev.ftpkit.protocol.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ftpkit.protocol.command.Command;
import dev.ftpkit.protocol.command.Verb;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CommandParserTest {

    static Stream<Arguments> lines() {
        return Stream.of(
                // line, verb, argument
                Arguments.of("USER alice", "USER", "alice"),
                Arguments.of("USER  alice", "USER", "alice"),
                Arguments.of("user alice", "USER", "alice"),
                Arguments.of("NOOP", "NOOP", ""),
                Arguments.of("NOOP ", "NOOP", ""),
                Arguments.of("NOOP   ", "NOOP", ""),
                Arguments.of(" PWD", "PWD", ""),
                Arguments.of("", "", ""),
                Arguments.of("   ", "", ""),
                Arguments.of("STOR name with  inner spaces ", "STOR", "name with  inner spaces "),
                Arguments.of("SITE CHMOD 755 a.txt", "SITE", "CHMOD 755 a.txt"),
                Arguments.of("REST STREAM", "REST", "STREAM"),
                Arguments.of("MODE Z", "MODE", "Z"),
                Arguments.of("RETR ./ leading", "RETR", "./ leading"),
                Arguments.of("CWD \u65e5\u672c", "CWD", "\u65e5\u672c"),
                Arguments.of("PASS ", "PASS", ""),
                Arguments.of("list -la", "LIST", "-la"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @MethodSource("lines")
    void splitsVerbAndArgument(String line, String verb, String argument) {
        Command command = CommandParser.parse(line);

        assertThat(command.verbText()).isEqualTo(verb);
        assertThat(command.argument()).isEqualTo(argument);
    }

    @Test
    void unknownVerbIsKeptAsSent() {
        Command command = CommandParser.parse("XYZZY plugh");

        assertThat(command.verbText()).isEqualTo("XYZZY");
        assertThat(command.verb()).isEmpty();
    }

    @Test
    void knownVerbIsFoundInTheCatalog() {
        Command command = CommandParser.parse("xpwd");

        assertThat(command.verb()).contains(Verb.XPWD);
    }

    @Test
    void controlCharactersInTheArgumentAreReported() {
        Command command = CommandParser.parse("RETR a\u0000b");

        assertThat(command.hasControlCharacters()).isTrue();
    }
}

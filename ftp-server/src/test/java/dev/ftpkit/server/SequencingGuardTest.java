package dev.ftpkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ftpkit.protocol.command.ArgumentRule;
import dev.ftpkit.protocol.command.Verb;
import dev.ftpkit.protocol.sequence.SequencingRule;
import dev.ftpkit.protocol.sequence.SequencingRules;
import dev.ftpkit.protocol.sequence.SessionState;
import dev.ftpkit.server.support.RawControl;
import dev.ftpkit.server.support.TestServer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks the protocol's rule table: for every verb in every session state where the table
 * refuses it, the server must answer exactly the rule's reply code, and never run the
 * command. The server holds no rule of its own for these; this proves it asks the table.
 */
@Timeout(120)
class SequencingGuardTest {

    @TempDir
    static Path root;

    private static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start(root);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("refusedCommands")
    void refusedCommandGetsTheRulesReplyCode(Verb verb, Scenario scenario,
            SequencingRule rule) throws IOException {
        try (RawControl raw = server.raw()) {
            scenario.prepare(raw);

            RawControl.Reply reply = raw.send(line(verb));

            assertThat(reply.code()).as(reply.toString()).isEqualTo(rule.replyCode());
        }
    }

    static Stream<Arguments> refusedCommands() {
        return Arrays.stream(Scenario.values()).flatMap(scenario -> Arrays.stream(Verb.values())
                .flatMap(verb -> brokenRule(scenario.state, verb)
                        .map(rule -> Arguments.of(verb, scenario, rule)).stream()));
    }

    private static Optional<SequencingRule> brokenRule(SessionState state, Verb verb) {
        return SequencingRules.check(state, verb).brokenRule();
    }

    private static String line(Verb verb) {
        // Arguments that obey the verb's argument rule, so the validator lets it through
        // and only the guard can refuse it.
        return verb.argument() == ArgumentRule.REQUIRED ? verb + " x" : verb.name();
    }

    /** A session state the test can reach over the wire, and its model in the protocol. */
    enum Scenario {
        NOT_LOGGED_IN(SessionState.greeted()) {
            @Override
            void prepare(RawControl raw) {
            }
        },
        LOGGED_IN(SessionState.greeted().next(Verb.USER, 331).next(Verb.PASS, 230)) {
            @Override
            void prepare(RawControl raw) throws IOException {
                assertThat(raw.login("alice").code()).isEqualTo(230);
            }
        },
        REST_PENDING(LOGGED_IN.state.next(Verb.REST, 350)) {
            @Override
            void prepare(RawControl raw) throws IOException {
                LOGGED_IN.prepare(raw);
                assertThat(raw.send("REST 0").code()).isEqualTo(350);
            }
        };

        final SessionState state;

        Scenario(SessionState state) {
            this.state = state;
        }

        abstract void prepare(RawControl raw) throws IOException;
    }
}

package dev.ftpkit.protocol.sequence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ftpkit.protocol.command.Verb;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class SequencingRulesTest {

    private static final SessionState LOGGED_IN = SessionState.afterLogin();
    private static final SessionState PREPARED = LOGGED_IN.withDataConnectionPrepared(true);

    /** Named states for the table below. */
    private static final Map<String, SessionState> STATES = Map.ofEntries(
            Map.entry("greeted", SessionState.greeted()),
            Map.entry("user given", SessionState.greeted().next(Verb.USER, 331)),
            Map.entry("logged in", LOGGED_IN),
            Map.entry("data prepared", PREPARED),
            Map.entry("after RNFR", LOGGED_IN.next(Verb.RNFR, 350)),
            Map.entry("after REST", LOGGED_IN.next(Verb.REST, 350)),
            Map.entry("after REST, data prepared", PREPARED.next(Verb.REST, 350)),
            Map.entry("TLS", SessionState.greeted().next(Verb.AUTH, 234)),
            Map.entry("TLS, PBSZ", SessionState.greeted().next(Verb.AUTH, 234)
                    .next(Verb.PBSZ, 200)),
            Map.entry("TLS, logged in", LOGGED_IN.withSecurity(SecurityPhase.TLS_BUFFER_SET)),
            Map.entry("after EPSV ALL", LOGGED_IN.next(Verb.EPSV, 200)),
            Map.entry("after CCC", LOGGED_IN.withSecurity(SecurityPhase.TLS_BUFFER_SET)
                    .next(Verb.CCC, 200)));

    /** State, verb, and the reply owed: 0 when the command is allowed. */
    static Stream<Arguments> table() {
        return Stream.of(
                row("after EPSV ALL", Verb.PASV, 503),
                row("after EPSV ALL", Verb.PORT, 503),
                row("after EPSV ALL", Verb.EPRT, 503),
                row("after EPSV ALL", Verb.EPSV, 0),
                row("greeted", Verb.USER, 0),
                row("greeted", Verb.PASS, 503),
                row("greeted", Verb.CWD, 530),
                row("greeted", Verb.XPWD, 530),
                row("greeted", Verb.RNTO, 530),
                row("greeted", Verb.RETR, 530),
                row("greeted", Verb.PASV, 530),
                row("greeted", Verb.NOOP, 0),
                row("greeted", Verb.FEAT, 0),
                row("greeted", Verb.SYST, 0),
                row("greeted", Verb.OPTS, 0),
                row("greeted", Verb.QUIT, 0),
                row("greeted", Verb.AUTH, 0),
                row("greeted", Verb.HOST, 0),
                row("greeted", Verb.PBSZ, 503),
                row("greeted", Verb.PROT, 503),
                row("greeted", Verb.CCC, 533),
                row("user given", Verb.PASS, 0),
                row("user given", Verb.CWD, 530),
                row("user given", Verb.HOST, 503),
                row("logged in", Verb.PASS, 503),
                row("logged in", Verb.HOST, 503),
                row("logged in", Verb.CWD, 0),
                row("logged in", Verb.XCWD, 0),
                row("logged in", Verb.EPSV, 0),
                row("logged in", Verb.RNFR, 0),
                row("logged in", Verb.RNTO, 503),
                row("logged in", Verb.RETR, 425),
                row("logged in", Verb.STOR, 425),
                row("logged in", Verb.STOU, 425),
                row("logged in", Verb.APPE, 425),
                row("logged in", Verb.LIST, 425),
                row("logged in", Verb.NLST, 425),
                row("logged in", Verb.MLSD, 425),
                row("logged in", Verb.MLST, 0),
                row("logged in", Verb.REST, 0),
                row("data prepared", Verb.RETR, 0),
                row("data prepared", Verb.LIST, 0),
                row("data prepared", Verb.MLSD, 0),
                row("after RNFR", Verb.RNTO, 0),
                row("after REST", Verb.PASV, 0),
                row("after REST", Verb.EPSV, 0),
                row("after REST", Verb.PORT, 0),
                row("after REST", Verb.EPRT, 0),
                row("after REST", Verb.TYPE, 0),
                row("after REST", Verb.NOOP, 0),
                row("after REST", Verb.REST, 0),
                row("after REST", Verb.ABOR, 0),
                row("after REST", Verb.QUIT, 0),
                row("after REST", Verb.USER, 0),
                row("after REST", Verb.RETR, 425),
                row("after REST", Verb.CWD, 503),
                row("after REST", Verb.SIZE, 503),
                row("after REST", Verb.LIST, 503),
                row("after REST, data prepared", Verb.RETR, 0),
                row("after REST, data prepared", Verb.STOR, 0),
                row("after REST, data prepared", Verb.APPE, 0),
                row("after REST, data prepared", Verb.STOU, 503),
                row("after REST, data prepared", Verb.LIST, 503),
                row("after REST, data prepared", Verb.NLST, 503),
                row("TLS", Verb.PBSZ, 0),
                row("TLS", Verb.PROT, 503),
                row("TLS", Verb.CCC, 0),
                row("TLS", Verb.USER, 0),
                row("TLS, PBSZ", Verb.PROT, 0),
                row("TLS, logged in", Verb.CCC, 0),
                row("after CCC", Verb.PBSZ, 503),
                row("after CCC", Verb.PROT, 503),
                row("after CCC", Verb.CCC, 533));
    }

    @ParameterizedTest(name = "{1} in state \"{0}\" -> {2}")
    @MethodSource("table")
    void repliesAsTheTableSays(String stateName, Verb verb, int expectedCode) {
        Verdict verdict = SequencingRules.check(STATES.get(stateName), verb);

        int code = verdict.brokenRule().map(SequencingRule::replyCode).orElse(0);
        assertThat(code).isEqualTo(expectedCode);
    }

    @Test
    void tableRefusesWithEveryRuleAndAllowsAVerbOfEach() {
        Set<SequencingRule> refusing = new HashSet<>();
        Set<SequencingRule> allowing = new HashSet<>();

        table().forEach(arguments -> {
            Object[] row = arguments.get();
            SessionState state = STATES.get((String) row[0]);
            Verb verb = (Verb) row[1];
            SequencingRules.check(state, verb).brokenRule().ifPresentOrElse(refusing::add,
                    () -> allowing.addAll(SequencingRules.rulesFor(verb)));
        });

        assertThat(refusing).containsExactlyInAnyOrderElementsOf(SequencingRules.RULES);
        assertThat(allowing).containsExactlyInAnyOrderElementsOf(SequencingRules.RULES);
    }

    @Test
    void loginRuleWinsOverEveryOtherBeforeLogin() {
        SessionState notLoggedIn = SessionState.greeted();

        List<Integer> codes = Arrays.stream(Verb.values())
                .filter(Verb::requiresLogin)
                .map(verb -> SequencingRules.check(notLoggedIn, verb).brokenRule()
                        .orElseThrow().replyCode())
                .distinct().toList();

        assertThat(codes).containsExactly(530);
    }

    @Test
    void refusalCarriesTheReplyTextAndTheFix() {
        Verdict verdict = SequencingRules.check(LOGGED_IN, Verb.RNTO);

        SequencingRule rule = verdict.brokenRule().orElseThrow();
        assertThat(verdict.isAllowed()).isFalse();
        assertThat(rule.replyText()).isEqualTo("RNFR required first");
        assertThat(rule.fix()).contains("RNFR", "350");
    }

    @ParameterizedTest
    @EnumSource(Verb.class)
    void aliasIsJudgedLikeItsVerb(Verb verb) {
        for (SessionState state : STATES.values()) {
            assertThat(SequencingRules.check(state, verb))
                    .isEqualTo(SequencingRules.check(state, verb.canonical()));
        }
    }

    @ParameterizedTest
    @EnumSource(Verb.class)
    void pathToEveryVerbLeadsToAStateThatAllowsIt(Verb verb) {
        List<Verb> path = SequencingRules.pathTo(verb);

        SessionState state = SessionState.greeted();
        for (Verb step : path) {
            assertThat(SequencingRules.check(state, step).isAllowed())
                    .as("%s along the path to %s", step, verb).isTrue();
            state = state.next(step, step.positiveReply());
        }
        assertThat(SequencingRules.check(state, verb).isAllowed()).isTrue();
    }

    @Test
    void pathsFollowTheUsualOrderOfASession() {
        assertThat(SequencingRules.pathTo(Verb.USER)).isEmpty();
        assertThat(SequencingRules.pathTo(Verb.PASS)).containsExactly(Verb.USER);
        assertThat(SequencingRules.pathTo(Verb.RNTO))
                .containsExactly(Verb.USER, Verb.PASS, Verb.RNFR);
        assertThat(SequencingRules.pathTo(Verb.PROT)).containsExactly(Verb.AUTH, Verb.PBSZ);
        assertThat(SequencingRules.pathTo(Verb.RETR)).hasSize(3)
                .startsWith(Verb.USER, Verb.PASS);
    }

    @Test
    void onlyTheRestartVerbsAndDataSetUpMayFollowRest() {
        Successors successors = SequencingRules.successors(Verb.REST);

        assertThat(successors.replyCode()).isEqualTo(350);
        assertThat(successors.ended()).containsExactly(Precondition.NO_RESTART_PENDING);
        assertThat(successors.mayFollow()).contains(Verb.RETR, Verb.STOR, Verb.APPE,
                Verb.PASV, Verb.EPSV, Verb.PORT, Verb.EPRT, Verb.TYPE, Verb.ABOR, Verb.QUIT);
        assertThat(successors.mayFollow()).doesNotContain(Verb.LIST, Verb.CWD, Verb.STOU,
                Verb.DELE, Verb.SIZE);
    }

    @Test
    void rnfrEnablesRnto() {
        Successors successors = SequencingRules.successors(Verb.RNFR);

        assertThat(successors.established()).containsExactly(Precondition.RENAME_PENDING);
        assertThat(successors.enabled()).containsExactly(Verb.RNTO);
    }

    @Test
    void userEnablesPassAndEndsHost() {
        Successors successors = SequencingRules.successors(Verb.USER);

        assertThat(successors.enabled()).containsExactly(Verb.PASS);
        assertThat(successors.refused()).containsExactly(Verb.HOST);
        assertThat(successors.mayFollow()).doesNotContain(Verb.HOST).contains(Verb.PASS);
    }

    @Test
    void passiveSetUpEnablesEveryTransfer() {
        Successors successors = SequencingRules.successors(Verb.EPSV);

        Set<Verb> transfers = Set.copyOf(Arrays.stream(Verb.values())
                .filter(Verb::requiresDataConnection).toList());
        assertThat(successors.enabled()).isEqualTo(transfers);
    }

    @Test
    void transferRefusesTheNextTransferUntilANewSetUp() {
        Successors successors = SequencingRules.successors(Verb.RETR);

        assertThat(successors.before().dataConnectionPrepared()).isTrue();
        assertThat(successors.refused()).contains(Verb.RETR, Verb.LIST, Verb.STOR);
        assertThat(successors.mayFollow()).doesNotContain(Verb.RETR).contains(Verb.EPSV);
    }

    @Test
    void nothingFollowsQuit() {
        Successors successors = SequencingRules.successors(Verb.QUIT);

        assertThat(successors.mayFollow()).isEmpty();
        assertThat(successors.enabled()).isEmpty();
    }

    @Test
    void explicitStateAndReplyAreUsedAsGiven() {
        Successors successors = SequencingRules.successors(LOGGED_IN, Verb.RNFR, 550);

        assertThat(successors.after()).isEqualTo(LOGGED_IN);
        assertThat(successors.enabled()).isEmpty();
        assertThat(successors.mayFollow()).containsExactlyInAnyOrder(Verb.values());
    }

    private static Arguments row(String state, Verb verb, int code) {
        return Arguments.of(state, verb, code);
    }
}

package dev.ftpkit.protocol.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ftpkit.protocol.command.Verb;
import dev.ftpkit.protocol.sequence.SequencingRule;
import dev.ftpkit.protocol.sequence.SequencingRules;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExplanationsTest {

    @Test
    void explains503WithEveryRuleThatProducesIt() {
        ReplyExplanation explanation = Explanations.reply(503).orElseThrow();

        List<Situation> cases = explanation.rules().stream()
                .flatMap(rule -> rule.cases().stream()).map(RuleExplanation.Case::situation)
                .toList();

        assertThat(cases).contains(Situation.PASS_WITHOUT_USER, Situation.RNTO_WITHOUT_RNFR,
                Situation.COMMAND_BETWEEN_RNFR_AND_RNTO,
                Situation.COMMAND_BETWEEN_REST_AND_TRANSFER);
        assertThat(explanation.rules()).extracting(RuleExplanation::replyCode)
                .containsOnly(503);
    }

    @Test
    void explains503WithTheServersThatSendItForATransferWithoutPasv() {
        ReplyExplanation explanation = Explanations.reply(503).orElseThrow();

        assertThat(explanation.otherServers()).anySatisfy(quirk -> {
            assertThat(quirk.situation()).isEqualTo(Situation.TRANSFER_WITHOUT_DATA_CONNECTION);
            assertThat(quirk.server()).startsWith("Apache MINA");
        });
    }

    @Test
    void explains530WithTheServersThatSendItForPassBeforeUser() {
        ReplyExplanation explanation = Explanations.reply(530).orElseThrow();

        assertThat(explanation.otherServers()).singleElement().satisfies(quirk -> {
            assertThat(quirk.situation()).isEqualTo(Situation.PASS_WITHOUT_USER);
            assertThat(quirk.server()).startsWith("Pure-FTPd");
        });
        assertThat(explanation.rules()).extracting(RuleExplanation::requirement)
                .containsExactly("a successful login");
    }

    @ParameterizedTest(name = "{0} is {1}, {2}")
    @CsvSource({
            "150, 1yz positive preliminary, x5z file system",
            "227, 2yz positive completion, x2z connections",
            "331, 3yz positive intermediate, x3z authentication and accounting",
            "425, 4yz transient negative completion, x2z connections",
            "500, 5yz permanent negative completion, x0z syntax"})
    void namesTheClassAndGroupOfEachDigit(int code, String replyClass, String group) {
        ReplyExplanation explanation = Explanations.reply(code).orElseThrow();

        assertThat(explanation.replyClass()).isEqualTo(replyClass);
        assertThat(explanation.group()).hasValueSatisfying(
                g -> assertThat(g.title()).isEqualTo(group));
        assertThat(explanation.classMeaning()).isNotBlank();
    }

    @Test
    void takesMeaningCausesAndRemediesFromTheCatalog() {
        ReplyExplanation explanation = Explanations.reply(425).orElseThrow();

        assertThat(explanation.meaning()).isEqualTo(
                dev.ftpkit.protocol.reply.ReplyCatalog.lookup(425).orElseThrow().meaning());
        assertThat(explanation.causes()).isNotEmpty();
        assertThat(explanation.remedies()).isNotEmpty();
        assertThat(explanation.references()).anyMatch(ref -> ref.startsWith("RFC 959"));
    }

    @Test
    void explainsRntoWithItsRuleAndThePathToIt() {
        VerbExplanation explanation = Explanations.verb(Verb.RNTO);

        assertThat(explanation.source()).isEqualTo("RFC 959 4.1.3");
        assertThat(explanation.requiresLogin()).isTrue();
        assertThat(explanation.rules()).extracting(RuleExplanation::requirement)
                .contains("RNFR answered 350 just before");
        assertThat(explanation.pathTo()).endsWith(Verb.RNFR);
    }

    @Test
    void explainsWhatMayFollowRestFromTheRules() {
        VerbExplanation explanation = Explanations.verb(Verb.REST);

        assertThat(explanation.mayFollow()).contains(Verb.RETR, Verb.STOR, Verb.APPE, Verb.EPSV)
                .doesNotContain(Verb.PWD, Verb.DELE);
        assertThat(explanation.refuses()).contains(Verb.PWD);
    }

    @Test
    void explainsThatRnfrEnablesRnto() {
        VerbExplanation explanation = Explanations.verb(Verb.RNFR);

        assertThat(explanation.enables()).contains(Verb.RNTO);
    }

    @Test
    void namesTheVerbAnAliasStandsFor() {
        assertThat(Explanations.verb(Verb.XCWD).aliasOf()).contains(Verb.CWD);
        assertThat(Explanations.verb(Verb.CWD).aliasOf()).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" known: {1}")
    @CsvSource({"503, true", "rnto, true", " 226 , true", "999, false", "430, false",
            "FOO, false", "'', false"})
    void looksUpCodesAndVerbs(String subject, boolean known) {
        assertThat(Explanations.lookup(subject).isPresent()).isEqualTo(known);
    }

    @Test
    void hasAnExplanationForEveryRuleOfTheTable() {
        for (SequencingRule rule : SequencingRules.RULES) {
            ReplyExplanation explanation = Explanations.reply(rule.replyCode()).orElseThrow();

            assertThat(explanation.rules()).extracting(RuleExplanation::requirement)
                    .contains(rule.precondition().description());
        }
    }
}

package dev.ftpkit.protocol.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ftpkit.protocol.sequence.SequencingRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ServerQuirksTest {

    @Test
    void citesASourceFileForEveryQuirk() {
        assertThat(ServerQuirks.ALL).allSatisfy(quirk -> {
            assertThat(quirk.source()).isNotBlank();
            assertThat(quirk.replyCode().isPresent() || !quirk.behaviour().isEmpty()).isTrue();
        });
    }

    @ParameterizedTest
    @EnumSource(Situation.class)
    void tiesEverySituationToARuleOfTheTable(Situation situation) {
        assertThat(SequencingRules.RULES).anySatisfy(
                rule -> assertThat(Situation.of(rule)).contains(situation));
    }

    @Test
    void recordsTheServersThatTolerateACommandBetweenRnfrAndRnto() {
        assertThat(ServerQuirks.in(Situation.COMMAND_BETWEEN_RNFR_AND_RNTO))
                .filteredOn(quirk -> !quirk.refuses())
                .extracting(ServerQuirk::server)
                .contains("vsftpd 3.0", "pyftpdlib 1.5", "Pure-FTPd 1.0");
    }

    @Test
    void summarisesAQuirkInOneLine() {
        ServerQuirk vsftpd = ServerQuirks.in(Situation.TRANSFER_WITHOUT_DATA_CONNECTION).get(0);

        assertThat(vsftpd.summary()).isEqualTo("vsftpd 3.0: 425 Use PORT or PASV first.");
    }
}

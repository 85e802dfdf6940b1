package dev.ftpkit.protocol.sequence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ftpkit.protocol.command.Verb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SessionStateTest {

    private static final SessionState GREETED = SessionState.greeted();
    private static final SessionState USER_GIVEN = GREETED.next(Verb.USER, 331);
    private static final SessionState LOGGED_IN = SessionState.afterLogin();
    private static final SessionState PREPARED = LOGGED_IN.next(Verb.EPSV, 229);
    private static final SessionState RESTARTING = PREPARED.next(Verb.REST, 350);

    @ParameterizedTest(name = "{0} after 220 greeting")
    @CsvSource({"220, GREETED", "120, CONNECTED", "421, CONNECTED"})
    void greetingMovesOnlyOn220(int code, LoginPhase expected) {
        SessionState state = SessionState.connected().afterGreeting(code);

        assertThat(state.login()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} from {2} gives {3}")
    @CsvSource({
        "USER, 331, GREETED,    USER_GIVEN",
        "USER, 332, GREETED,    USER_GIVEN",
        "USER, 230, GREETED,    LOGGED_IN",
        "USER, 232, GREETED,    LOGGED_IN",
        "USER, 530, GREETED,    GREETED",
        "USER, 530, LOGGED_IN,  LOGGED_IN",
        "USER, 331, LOGGED_IN,  USER_GIVEN",
        "PASS, 230, USER_GIVEN, LOGGED_IN",
        "PASS, 202, USER_GIVEN, LOGGED_IN",
        "PASS, 332, USER_GIVEN, USER_GIVEN",
        "PASS, 530, USER_GIVEN, GREETED",
        "PASS, 503, LOGGED_IN,  LOGGED_IN",
        "ACCT, 230, USER_GIVEN, LOGGED_IN",
        "ACCT, 230, GREETED,    GREETED",
        "ACCT, 202, LOGGED_IN,  LOGGED_IN",
        "REIN, 220, LOGGED_IN,  GREETED",
        "REIN, 120, LOGGED_IN,  LOGGED_IN",
        "NOOP, 200, CONNECTED,  GREETED",
    })
    void loginFollowsTheReplies(Verb verb, int code, LoginPhase from, LoginPhase expected) {
        SessionState state = GREETED.withLogin(from).next(verb, code);

        assertThat(state.login()).isEqualTo(expected);
    }

    @Test
    void preliminaryReplyToANonTransferChangesNothing() {
        SessionState state = RESTARTING.next(Verb.STAT, 150);

        assertThat(state).isEqualTo(RESTARTING);
    }

    @Test
    void startedTransferTakesTheRestartOffsetAndDataConnection() {
        SessionState started = RESTARTING.withDataConnectionPrepared(true).next(Verb.RETR, 150);

        assertThat(started.restartPending()).isFalse();
        assertThat(started.dataConnectionPrepared()).isFalse();
        assertThat(SequencingRules.check(started, Verb.STAT).isAllowed()).isTrue();
    }

    @Test
    void epsvAllLocksTheSessionToEpsvUntilRein() {
        SessionState locked = SessionState.afterLogin().next(Verb.EPSV, 200);

        SessionState afterPlainEpsv = SessionState.afterLogin().next(Verb.EPSV, 229);
        SessionState afterRein = locked.next(Verb.REIN, 220);

        assertThat(locked.epsvOnly()).isTrue();
        assertThat(afterPlainEpsv.epsvOnly()).isFalse();
        assertThat(afterRein.epsvOnly()).isFalse();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"PASV, 227", "EPSV, 229", "LPSV, 228", "PORT, 200", "EPRT, 200",
        "LPRT, 200"})
    void acceptedPassiveOrActiveSetUpPreparesTheDataConnection(Verb verb, int code) {
        SessionState state = LOGGED_IN.next(verb, code);

        assertThat(state.dataConnectionPrepared()).isTrue();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"PASV, 425", "PASV, 500", "EPSV, 522", "PORT, 501", "EPRT, 522"})
    void failedSetUpLeavesNoDataConnection(Verb verb, int code) {
        SessionState state = PREPARED.next(verb, code);

        assertThat(state.dataConnectionPrepared()).isFalse();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"RETR, 226", "STOR, 226", "APPE, 250", "STOU, 226", "LIST, 226",
        "NLST, 450", "MLSD, 226", "RETR, 550", "RETR, 426", "STOR, 425", "STOR, 553"})
    void transferUsesUpTheDataConnectionWhateverItsOutcome(Verb verb, int code) {
        SessionState state = PREPARED.next(verb, code);

        assertThat(state.dataConnectionPrepared()).isFalse();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"CWD, 250", "TYPE, 200", "NOOP, 200", "EPSV, 200", "ABOR, 225",
        "USER, 530", "PWD, 257"})
    void otherCommandsKeepThePreparedDataConnection(Verb verb, int code) {
        SessionState state = PREPARED.next(verb, code);

        assertThat(state.dataConnectionPrepared()).isTrue();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"ABOR, 226", "USER, 331", "REIN, 220", "AUTH, 234"})
    void closingOrResettingCommandsDropTheDataConnection(Verb verb, int code) {
        SessionState state = PREPARED.next(verb, code);

        assertThat(state.dataConnectionPrepared()).isFalse();
    }

    @Test
    void restAnswered350LeavesAnOffsetPending() {
        SessionState state = LOGGED_IN.next(Verb.REST, 350);

        assertThat(state.restartPending()).isTrue();
    }

    @Test
    void refusedRestLeavesNoOffset() {
        SessionState state = LOGGED_IN.next(Verb.REST, 501);

        assertThat(state.restartPending()).isFalse();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"PASV, 227", "EPSV, 229", "PORT, 200", "EPRT, 200", "TYPE, 200",
        "MODE, 200", "STRU, 200", "NOOP, 200", "REST, 350", "TYPE, 504"})
    void offsetIsKeptThroughDataSetUpAndType(Verb verb, int code) {
        SessionState state = RESTARTING.next(verb, code);

        assertThat(state.restartPending()).isTrue();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"RETR, 226", "STOR, 226", "APPE, 226", "RETR, 554", "CWD, 250",
        "LIST, 503", "ABOR, 225", "USER, 331", "REIN, 220", "REST, 501", "SIZE, 213"})
    void offsetIsDroppedByAnythingElse(Verb verb, int code) {
        SessionState state = RESTARTING.next(verb, code);

        assertThat(state.restartPending()).isFalse();
    }

    @Test
    void rnfrAnswered350LeavesARenamePending() {
        SessionState state = LOGGED_IN.next(Verb.RNFR, 350);

        assertThat(state.renamePending()).isTrue();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"RNTO, 250", "RNTO, 553", "NOOP, 200", "CWD, 250", "RNFR, 550"})
    void renameIsPendingOnlyRightAfterRnfr(Verb verb, int code) {
        SessionState state = LOGGED_IN.next(Verb.RNFR, 350).next(verb, code);

        assertThat(state.renamePending()).isFalse();
    }

    @Test
    void authAnswered234StartsTlsAndRequiresANewLogin() {
        SessionState state = PREPARED.next(Verb.AUTH, 234);

        assertThat(state).isEqualTo(new SessionState(LoginPhase.GREETED, false, false, false,
                SecurityPhase.TLS));
    }

    @Test
    void refusedAuthChangesNothing() {
        SessionState state = GREETED.next(Verb.AUTH, 534);

        assertThat(state).isEqualTo(GREETED);
    }

    @ParameterizedTest(name = "PBSZ {0} in {1} gives {2}")
    @CsvSource({"200, TLS, TLS_BUFFER_SET", "200, PLAIN, PLAIN", "501, TLS, TLS",
        "200, TLS_BUFFER_SET, TLS_BUFFER_SET"})
    void pbszSetsTheBufferOnlyUnderTls(int code, SecurityPhase from, SecurityPhase expected) {
        SessionState state = GREETED.withSecurity(from).next(Verb.PBSZ, code);

        assertThat(state.security()).isEqualTo(expected);
    }

    @Test
    void cccReturnsTheControlConnectionToClearText() {
        SessionState state = LOGGED_IN.withSecurity(SecurityPhase.TLS_BUFFER_SET)
                .next(Verb.CCC, 200);

        assertThat(state.security()).isEqualTo(SecurityPhase.PLAIN);
        assertThat(state.loggedIn()).isTrue();
    }

    @Test
    void reinAnswered220ResetsEverythingIncludingTls() {
        SessionState busy = RESTARTING.withSecurity(SecurityPhase.TLS_BUFFER_SET);

        SessionState state = busy.next(Verb.REIN, 220);

        assertThat(state).isEqualTo(SessionState.greeted());
    }

    @Test
    void aliasesMoveTheStateLikeTheirVerb() {
        SessionState viaAlias = RESTARTING.next(Verb.XCWD, 250);
        SessionState viaVerb = RESTARTING.next(Verb.CWD, 250);

        assertThat(viaAlias).isEqualTo(viaVerb);
    }
}

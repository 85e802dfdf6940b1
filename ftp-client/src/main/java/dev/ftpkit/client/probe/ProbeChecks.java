package dev.ftpkit.client.probe;

import static dev.ftpkit.client.probe.ReplyExpectation.codes;
import static dev.ftpkit.client.probe.ReplyExpectation.expect;
import static dev.ftpkit.client.probe.ReplyExpectation.replyClass;

import dev.ftpkit.client.probe.CommandCheck.SessionKind;
import dev.ftpkit.client.probe.CommandCheck.Step;
import dev.ftpkit.protocol.command.Verb;
import dev.ftpkit.protocol.diagnostics.Situation;
import dev.ftpkit.protocol.sequence.Precondition;
import java.util.List;
import java.util.Optional;

/**
 * The probe's suite, in the order it runs. The out-of-order rows take their expected
 * reply from the sequencing rules ({@link RuleTexts}); the notes on how real servers
 * differ come from the diagnostics library's {@code ServerQuirks}.
 */
final class ProbeChecks {

    /** A path no server holds; the commands that name it must fail before touching it. */
    static final String ABSENT_NAME = "ftpkit-probe-absent";

    private ProbeChecks() {
    }

    /** Returns every check, in the order the probe runs them. */
    static List<ProbeCheck> suite() {
        return List.of(
                new GreetingCheck(),
                new FeatCheck(),
                loginRequired(),
                passBeforeUser(),
                unknownVerb(),
                missingArgument(),
                rntoWithoutRnfr(),
                restThenOther(),
                transferWithoutDataConnection(),
                new PasvFormatCheck(),
                new PasvAddressCheck(),
                new EpsvCheck(),
                new ScratchFolderCheck(),
                new MlstCheck(),
                new MlsdCheck(),
                new SizeCheck(),
                new MdtmCheck(),
                new RenameInterruptedCheck(),
                new Utf8Check(),
                new TlsOfferedCheck(),
                new TlsSequenceCheck(),
                noop(),
                stat(),
                help(),
                new QuitCheck(),
                new ScratchCleanupCheck());
    }

    static CommandCheck loginRequired() {
        return row("login-required", "Refuses a file command before login with 530",
                SessionKind.BEFORE_LOGIN, "CWD /", expect(RuleTexts.expected(Verb.CWD,
                        Precondition.LOGGED_IN, "RFC 959 5.4"))
                        .pass(codes(530), "refused until login")
                        .warn(replyClass(5), "refused, but not with 530 Not logged in")
                        .warn(replyClass(4), "refused with a transient code, which invites"
                                + " retrying the same command"),
                Situation.BEFORE_LOGIN);
    }

    static CommandCheck passBeforeUser() {
        return row("pass-before-user", "Refuses PASS before USER with 503",
                SessionKind.BEFORE_LOGIN, "PASS ftpkit-probe-not-a-password",
                expect(RuleTexts.expected(Verb.PASS, Precondition.USER_ACCEPTED, "RFC 959 5.4"))
                        .pass(codes(503), "refused as out of order")
                        .warn(codes(530), "refused with 530 Not logged in rather than 503 Bad"
                                + " sequence of commands")
                        .warn(replyClass(5), "refused, but not with 503")
                        .fail(replyClass(2), "accepted a password with no user named"),
                Situation.PASS_WITHOUT_USER);
    }

    static CommandCheck unknownVerb() {
        return new CommandCheck("unknown-verb", "Refuses a verb it does not know with 500 or"
                + " 502", SessionKind.SHARED, List.of(), "FTPKITPROBE",
                expect("500 or 502 (RFC 959 4.2.1: 500 unrecognized, 502 not implemented)")
                        .pass(codes(500, 502), "refused as unknown")
                        .warn(replyClass(5), "refused, but with neither 500 nor 502")
                        .fail(replyClass(2), "accepted a command that does not exist"),
                Optional.empty(), "", false);
    }

    static CommandCheck missingArgument() {
        return row("missing-argument", "Refuses a command without its required argument with"
                + " 501", SessionKind.OWN_LOGIN, "RNFR",
                expect("501 (RFC 959 4.2.1: syntax error in arguments; RNFR takes a pathname,"
                        + " RFC 959 4.1.3)")
                        .pass(codes(501), "refused as a syntax error")
                        .warn(replyClass(5), "refused, but as if the empty argument were a"
                                + " path, not as a syntax error (501)")
                        .fail(replyClass(3), "accepted RNFR without a pathname"),
                null);
    }

    static CommandCheck rntoWithoutRnfr() {
        return row("rnto-without-rnfr", "Refuses RNTO without RNFR with 503",
                SessionKind.OWN_LOGIN, "RNTO " + ABSENT_NAME,
                expect(RuleTexts.expected(Verb.RNTO, Precondition.RENAME_PENDING,
                        "RFC 959 4.1.3"))
                        .pass(codes(503), "refused as out of order")
                        .warn(replyClass(5), "refused, but not with 503 Bad sequence of"
                                + " commands")
                        .fail(replyClass(2), "answered RNTO as if something were renamed"),
                Situation.RNTO_WITHOUT_RNFR);
    }

    static CommandCheck restThenOther() {
        return new CommandCheck("rest-then-other", "Refuses a non-transfer command after REST"
                + " with 503", SessionKind.OWN_LOGIN, List.of(new Step("REST 100", 3)), "PWD",
                expect(RuleTexts.expected(Verb.PWD, Precondition.NO_RESTART_PENDING,
                        "RFC 959 4.1.3: REST is followed at once by its transfer"))
                        .pass(codes(503), "refused while the offset waits for its transfer")
                        .warn(replyClass(2), "answered PWD as usual: the server silently keeps"
                                + " or drops the REST offset, and servers differ in which")
                        .warn(replyClass(5), "refused, but not with 503"),
                Optional.of(Situation.COMMAND_BETWEEN_REST_AND_TRANSFER), "", false);
    }

    static CommandCheck transferWithoutDataConnection() {
        return new CommandCheck("transfer-without-data-connection", "Refuses a transfer at once"
                + " when no data connection was prepared", SessionKind.OWN_LOGIN, List.of(),
                "LIST", expect(RuleTexts.expected(Verb.LIST,
                        Precondition.DATA_CONNECTION_PREPARED, "RFC 959 3.2 and 5.4")
                        + ", or 503; at once, not after a wait")
                        .pass(codes(425), "refused at once")
                        .pass(codes(503), "refused at once, with 503 Bad sequence of commands"
                                + " rather than 425")
                        .warn(replyClass(4).or(replyClass(5)), "refused at once, but with"
                                + " neither 425 nor 503")
                        .fail(replyClass(2), "reported a transfer over a data connection"
                                + " nobody prepared"),
                Optional.of(Situation.TRANSFER_WITHOUT_DATA_CONNECTION),
                "server waited for a data connection", true);
    }

    static CommandCheck noop() {
        return new CommandCheck("noop", "Answers NOOP with 200", SessionKind.SHARED, List.of(),
                "NOOP", expect("200 (RFC 959 4.1.3 and 5.4)")
                        .pass(codes(200), "")
                        .warn(replyClass(2), "accepted, with another 2yz than 200"),
                Optional.empty(), "", false);
    }

    static CommandCheck stat() {
        return new CommandCheck("stat", "Answers a bare STAT with 211 status",
                SessionKind.SHARED, List.of(), "STAT",
                expect("211 (RFC 959 4.1.3 and 5.4); 502 where not implemented")
                        .pass(codes(211), "")
                        .warn(codes(212, 213), "answered with a directory or file status to a"
                                + " STAT without argument")
                        .skip(codes(500, 502), "STAT not implemented; RFC 959 5.1 does not"
                                + " require it"),
                Optional.empty(), "", false);
    }

    static CommandCheck help() {
        return new CommandCheck("help", "Answers HELP with 214", SessionKind.SHARED, List.of(),
                "HELP", expect("214, or 211 (RFC 959 4.1.3 and 5.4); 502 where not implemented")
                        .pass(codes(214, 211), "")
                        .skip(codes(500, 502), "HELP not implemented; RFC 959 5.1 does not"
                                + " require it"),
                Optional.empty(), "", false);
    }

    private static CommandCheck row(String id, String title, SessionKind session, String line,
            ReplyExpectation expectation, Situation situation) {
        return new CommandCheck(id, title, session, List.of(), line, expectation,
                Optional.ofNullable(situation), "", false);
    }
}

package dev.ftpkit.server.internal.session;

import dev.ftpkit.protocol.command.Verb;
import dev.ftpkit.protocol.sequence.LoginPhase;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The server's own sequencing rules, checked after the protocol's {@code SequencingRules}. */
final class ServerRules {

    static final List<ServerRule> RULES = List.of(
            // RFC 2428 section 4: after EPSV ALL the server must refuse every other way of
            // setting up a data connection. The RFC names no code; 503 says "out of sequence",
            // which is what the command has become.
            new ServerRule(Set.of(Verb.PORT, Verb.PASV, Verb.EPRT, Verb.LPRT, Verb.LPSV),
                    session -> !session.epsvAll(), 503,
                    "Only EPSV is allowed after EPSV ALL"),
            // RFC 7151 section 3.1: HOST after USER (or after login) is out of sequence.
            new ServerRule(Set.of(Verb.HOST),
                    session -> session.state().login() == LoginPhase.GREETED, 503,
                    "HOST must come before USER"));

    private ServerRules() {
    }

    /** Returns the first rule {@code verb} breaks in {@code session}, if any. */
    static Optional<ServerRule> broken(FtpSession session, Verb verb) {
        Verb canonical = verb.canonical();
        return RULES.stream()
                .filter(rule -> rule.verbs().contains(canonical) && !rule.holds().test(session))
                .findFirst();
    }
}

package dev.ftpkit.server.internal.session;

import dev.ftpkit.protocol.command.Verb;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A sequencing rule that depends on server-side session facts the protocol's
 * {@code SessionState} does not model (EPSV ALL, the HOST-before-USER window). Kept as rows
 * beside the protocol's table, checked by the same guard, so no handler carries one.
 *
 * @param verbs the verbs it governs
 * @param holds what must be true of the session before them
 * @param replyCode the reply owed when it is not
 * @param replyText the reply text
 */
record ServerRule(Set<Verb> verbs, Predicate<FtpSession> holds, int replyCode,
        String replyText) {
}

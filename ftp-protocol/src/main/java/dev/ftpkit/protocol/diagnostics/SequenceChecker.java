package dev.ftpkit.protocol.diagnostics;

import dev.ftpkit.protocol.command.Verb;
import dev.ftpkit.protocol.diagnostics.transcript.Transcript;
import dev.ftpkit.protocol.diagnostics.transcript.TranscriptEntry;
import dev.ftpkit.protocol.sequence.LoginPhase;
import dev.ftpkit.protocol.sequence.SequencingRule;
import dev.ftpkit.protocol.sequence.SequencingRules;
import dev.ftpkit.protocol.sequence.SessionState;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Walks a transcript with the same {@link SequencingRules} and {@link SessionState} that
 * ftpkit's server enforces, and reports what went wrong and why.
 *
 * <p>It finds commands sent out of order (whether the server refused them or tolerated
 * them), replies that contradict the RFC (a success after a failure, a 1yz where none may
 * come, a transfer that never completes, a malformed or unfinished reply), and explains
 * every 4yz and 5yz reply at INFO level. Each command is judged in the session state the
 * server was in when it answered, so pipelined commands are judged correctly.
 *
 * <p>Never throws on odd input: what cannot be judged becomes a finding. Stateless and
 * thread-safe; each call walks its own copy of the state.
 */
public final class SequenceChecker {

    private final List<Finding> findings = new ArrayList<>();
    private final Deque<PendingCommand> pending = new ArrayDeque<>();
    private SessionState state = SessionState.connected();
    private boolean sawCommand;
    private boolean sawReply;
    private boolean renameOpen;
    private PendingCommand lastAnswered;
    private int lastAnsweredCode;

    private SequenceChecker() {
    }

    /** Returns the findings for {@code transcript}, in the order of its lines. */
    public static List<Finding> check(Transcript transcript) {
        return check(transcript.entries());
    }

    /** Returns the findings for {@code entries}, in the order of their lines. */
    public static List<Finding> check(List<TranscriptEntry> entries) {
        SequenceChecker checker = new SequenceChecker();
        for (TranscriptEntry entry : entries) {
            checker.accept(entry);
        }
        checker.finish();
        // Findings about a command are made when its reply comes; report them in line order.
        return checker.findings.stream()
                .sorted(Comparator.comparingInt(Finding::lineNumber))
                .toList();
    }

    private void accept(TranscriptEntry entry) {
        if (entry instanceof TranscriptEntry.Sent sent) {
            command(sent);
        } else if (entry instanceof TranscriptEntry.Received received) {
            reply(received);
        } else if (entry instanceof TranscriptEntry.Malformed malformed) {
            sawReply = true;
            findings.add(FindingTexts.malformed(malformed));
        } else if (entry instanceof TranscriptEntry.Unfinished unfinished) {
            sawReply = true;
            findings.add(FindingTexts.unfinishedReply(unfinished));
            pending.pollFirst(); // it answered something; keep later replies in step
        }
    }

    private void command(TranscriptEntry.Sent sent) {
        if (!sawCommand && state.login() == LoginPhase.CONNECTED) {
            assumeStartingState(sent);
        }
        sawCommand = true;
        pending.addLast(new PendingCommand(sent));
    }

    // No greeting came before the first command. A log that starts with USER simply left
    // the greeting out; one that starts with RETR was cut from the middle of a session.
    private void assumeStartingState(TranscriptEntry.Sent first) {
        boolean needsLogin = first.command().verb().map(Verb::requiresLogin).orElse(false);
        if (!needsLogin) {
            state = SessionState.greeted();
            return;
        }
        state = SessionState.greeted().withLogin(LoginPhase.LOGGED_IN);
        findings.add(FindingTexts.startsMidSession(first));
    }

    private void reply(TranscriptEntry.Received received) {
        sawReply = true;
        int code = received.reply().code();
        if (pending.isEmpty()) {
            unsolicited(received);
            return;
        }
        PendingCommand head = pending.peekFirst();
        if (head.preliminary != null && code >= 200 && !head.acceptsFinal(code)
                && pending.size() > 1) {
            judge(head, head.preliminary);
            findings.add(FindingTexts.transferNeverFinished(head, received));
            pending.pollFirst();
            head = pending.peekFirst();
        }
        if (code < 200) {
            preliminary(head, received);
            return;
        }
        complete(head, received);
    }

    private void unsolicited(TranscriptEntry.Received received) {
        int code = received.reply().code();
        if (!sawCommand && state.login() == LoginPhase.CONNECTED) {
            greeting(received);
            return;
        }
        if (lastAnswered != null && lastAnsweredCode >= 400 && code >= 200 && code < 300) {
            findings.add(FindingTexts.successAfterFailure(lastAnswered, lastAnsweredCode,
                    received));
            return;
        }
        findings.add(FindingTexts.unsolicited(received));
    }

    private void greeting(TranscriptEntry.Received received) {
        int code = received.reply().code();
        if (code == 220) {
            state = SessionState.greeted();
        } else if (code >= 400) {
            findings.add(FindingTexts.negativeReply(Optional.empty(), received));
        }
    }

    /**
     * Judges {@code head} against the rules in the state the server answered it in. Called
     * with its final reply (1yz replies do not move the state), or with its 1yz reply when
     * the transcript ends before the final one.
     */
    private void judge(PendingCommand head, TranscriptEntry.Received received) {
        if (head.verb.isEmpty()) {
            return;
        }
        Verb verb = head.verb.get();
        Optional<SequencingRule> broken = SequencingRules.check(state, verb).brokenRule();
        if (broken.isEmpty()) {
            return;
        }
        Optional<Situation> situation = Situation.of(broken.get(), verb, renameOpen,
                state.loggedIn());
        head.refusedForSequence = received.reply().code() >= 400;
        findings.add(FindingTexts.sequence(head, received, broken.get(), situation));
    }

    private void preliminary(PendingCommand head, TranscriptEntry.Received received) {
        if (!head.mayHavePreliminary()) {
            findings.add(FindingTexts.preliminaryNotAllowed(head, received));
        }
        if (head.preliminary == null) {
            head.preliminary = received;
        }
    }

    private void complete(PendingCommand head, TranscriptEntry.Received received) {
        int code = received.reply().code();
        pending.pollFirst();
        judge(head, received);

        // Unknown verbs move the state as NOOP does: they end a pending rename, keep REST.
        Verb verb = head.verb.orElse(Verb.NOOP);
        state = state.next(verb, code);
        if (verb == Verb.RNFR) {
            renameOpen = code == 350;
        } else if (verb == Verb.RNTO) {
            renameOpen = false;
        }
        lastAnswered = head;
        lastAnsweredCode = code;

        if (code >= 400 && !head.refusedForSequence) {
            findings.add(FindingTexts.negativeReply(Optional.of(head), received));
        }
    }

    private void finish() {
        if (sawCommand && !sawReply) {
            findings.add(FindingTexts.noReplies());
            return;
        }
        // Only the first waiting command was answered in the current state.
        PendingCommand first = pending.peekFirst();
        if (first != null && first.preliminary != null) {
            judge(first, first.preliminary);
        }
        for (PendingCommand command : pending) {
            if (command.preliminary != null) {
                findings.add(FindingTexts.transferOpenAtEnd(command));
            }
        }
    }
}

package dev.ftpkit.protocol.diagnostics;

import dev.ftpkit.protocol.diagnostics.transcript.TranscriptEntry;
import dev.ftpkit.protocol.reply.ReplyCatalog;
import dev.ftpkit.protocol.reply.ReplyCodeInfo;
import dev.ftpkit.protocol.sequence.SequencingRule;
import java.util.List;
import java.util.Optional;

/** Builds the findings' words from the catalogs, so the checker's walk stays readable. */
final class FindingTexts {

    private FindingTexts() {
    }

    static Finding sequence(PendingCommand command, TranscriptEntry.Received received,
            SequencingRule rule, Optional<Situation> situation) {
        int code = received.reply().code();
        String verb = command.entry.command().verbText();
        String what = situation.map(s -> capitalised(s.description()))
                .orElse(verb + " sent without " + rule.precondition().description());
        String ruleText = verb + " needs " + rule.precondition().description()
                + "; otherwise the reply is " + rule.replyCode() + " " + rule.replyText();
        List<String> servers = situation.map(ServerQuirks::in).orElse(List.of()).stream()
                .map(ServerQuirk::summary).toList();

        Severity severity;
        String message;
        if (code == rule.replyCode()) {
            severity = Severity.ERROR;
            message = what + ": the server refused it with " + code + ", as the RFC requires.";
        } else if (code >= 400) {
            severity = Severity.ERROR;
            message = what + ": the server refused it with " + code + " where the RFC says "
                    + rule.replyCode() + "; servers differ here.";
        } else {
            severity = Severity.WARNING;
            message = what + ": this server accepted it (" + code + "), but the RFC forbids"
                    + " it and other servers refuse it or act differently.";
        }
        return new Finding(severity, FindingKind.SEQUENCE, command.entry.lineNumber(),
                command.entry.display(), received.display(), message, ruleText, rule.fix(),
                servers);
    }

    static Finding negativeReply(Optional<PendingCommand> command,
            TranscriptEntry.Received received) {
        int code = received.reply().code();
        Optional<ReplyCodeInfo> info = ReplyCatalog.lookup(code);
        String message = info.map(i -> code + ": " + i.meaning()
                        + i.causes().stream().findFirst().map(c -> " Likely cause: " + c + ".")
                                .orElse(""))
                .orElse(code + " is not defined by any FTP RFC; its first digit says the command"
                        + " failed.");
        String more = "; more: ftpkit explain " + code;
        String fix = info.flatMap(i -> i.remedies().stream().findFirst())
                .map(remedy -> remedy + more)
                .orElse("Read the reply text; the server's documentation defines this code");
        String references = info.map(i -> "Defined in " + String.join(", ", i.references()))
                .orElse("");
        return new Finding(Severity.INFO, FindingKind.NEGATIVE_REPLY, received.lineNumber(),
                command.map(c -> c.entry.display()).orElse(""), received.display(), message,
                references, fix, List.of());
    }

    static Finding malformed(TranscriptEntry.Malformed malformed) {
        return new Finding(Severity.ERROR, FindingKind.MALFORMED_REPLY, malformed.lineNumber(),
                "", malformed.text(), "The server sent a line that is no reply: "
                        + malformed.reason() + ".",
                "RFC 959 4.2: every reply starts with a three-digit code from 100 to 599",
                "Check the server, or a proxy in between, for output that is not FTP",
                List.of());
    }

    static Finding unfinishedReply(TranscriptEntry.Unfinished unfinished) {
        return new Finding(Severity.ERROR, FindingKind.UNFINISHED_REPLY,
                unfinished.lineNumber(), "", unfinished.display(),
                "The multi-line " + unfinished.code() + " reply never ends: no line \""
                        + unfinished.code() + " text\" came before the next command or the end.",
                "RFC 959 4.2: a multi-line reply ends with a line starting with the same code"
                        + " and a space",
                "A client waits for that last line forever; fix the server, or check whether"
                        + " the log was cut short",
                List.of());
    }

    static Finding successAfterFailure(PendingCommand command, int failedCode,
            TranscriptEntry.Received received) {
        return new Finding(Severity.ERROR, FindingKind.CONTRADICTION, received.lineNumber(),
                command.entry.display(), received.display(),
                "The server reported success (" + received.reply().code() + ") after it had"
                        + " already answered " + failedCode + " to this command.",
                "RFC 959 4.2: each command gets exactly one final reply (2yz, 4yz or 5yz)",
                "Trust the failure: repeat the command. The server has a bug worth reporting",
                List.of());
    }

    static Finding unsolicited(TranscriptEntry.Received received) {
        int code = received.reply().code();
        if (code == 421) {
            return negativeReply(Optional.empty(), received);
        }
        return new Finding(Severity.WARNING, FindingKind.UNSOLICITED_REPLY,
                received.lineNumber(), "", received.display(),
                "A reply came when no command was waiting for one.",
                "RFC 959 4.2: the server replies to commands; only 421 may come unasked",
                "Check whether the log lost a command line, or the server sent a stray reply",
                List.of());
    }

    static Finding preliminaryNotAllowed(PendingCommand command,
            TranscriptEntry.Received received) {
        return new Finding(Severity.ERROR, FindingKind.CONTRADICTION, received.lineNumber(),
                command.entry.display(), received.display(),
                "A " + received.reply().code() + " preliminary reply came to "
                        + command.entry.command().verbText() + ", which cannot have one.",
                "RFC 959 5.4: only transfers (and REIN, with 120) get a 1yz reply",
                "A client may hang waiting for a second reply; fix the server", List.of());
    }

    static Finding transferNeverFinished(PendingCommand command,
            TranscriptEntry.Received next) {
        return new Finding(Severity.ERROR, FindingKind.UNFINISHED_TRANSFER,
                command.preliminary.lineNumber(), command.entry.display(),
                command.preliminary.display(),
                "The transfer started (" + command.preliminary.reply().code() + ") but never got"
                        + " its final reply; line " + next.lineNumber() + " answers a later"
                        + " command.",
                "RFC 959 5.4: a 1yz reply is followed by a final 2yz, 4yz or 5yz reply",
                "Check the data connection and the server's log for the failed transfer",
                List.of());
    }

    static Finding transferOpenAtEnd(PendingCommand command) {
        return new Finding(Severity.WARNING, FindingKind.UNFINISHED_TRANSFER,
                command.preliminary.lineNumber(), command.entry.display(),
                command.preliminary.display(),
                "The transcript ends while this transfer is still running: its final reply"
                        + " never came.",
                "RFC 959 5.4: a 1yz reply is followed by a final 2yz, 4yz or 5yz reply",
                "If the client hung here, the data connection never opened or never closed;"
                        + " check firewalls and passive-mode addresses",
                List.of());
    }

    static Finding startsMidSession(TranscriptEntry.Sent first) {
        return new Finding(Severity.INFO, FindingKind.TRANSCRIPT, first.lineNumber(),
                first.display(), "",
                "The transcript starts without a greeting or login; it seems cut from the"
                        + " middle of a session, so a login was assumed.",
                "", "Include the start of the session to have the login checked too", List.of());
    }

    static Finding noReplies() {
        return new Finding(Severity.INFO, FindingKind.TRANSCRIPT, 1, "", "",
                "The transcript holds commands but no replies (a ProFTPD debug log shows only"
                        + " commands), so no command could be judged.",
                "", "Use a log that shows replies too, such as ProFTPD's TraceLog with the"
                        + " response channel", List.of());
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

package dev.ftpkit.protocol.diagnostics.transcript;

import dev.ftpkit.protocol.codec.CommandParser;
import dev.ftpkit.protocol.codec.MalformedReplyException;
import dev.ftpkit.protocol.codec.ReplyDecoder;
import dev.ftpkit.protocol.command.Command;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns raw lines into entries: commands parsed and masked, reply lines reassembled into
 * replies by the same {@link ReplyDecoder} a client uses. One instance per transcript.
 */
final class TranscriptAssembler {

    private final List<TranscriptEntry> entries = new ArrayList<>();
    private ReplyDecoder decoder = new ReplyDecoder();
    private final List<String> openLines = new ArrayList<>();
    private int openLineNumber;

    static List<TranscriptEntry> assemble(List<RawLine> lines) {
        TranscriptAssembler assembler = new TranscriptAssembler();
        for (RawLine line : lines) {
            if (line.direction() == Direction.CLIENT_TO_SERVER) {
                assembler.command(line);
            } else {
                assembler.replyLine(line);
            }
        }
        assembler.closeOpenReply();
        return List.copyOf(assembler.entries);
    }

    private void command(RawLine line) {
        // A client never speaks inside a reply, so a command here means the server's
        // multi-line reply never got its last line.
        closeOpenReply();
        entries.add(new TranscriptEntry.Sent(line.lineNumber(), maskedCommand(line.text())));
    }

    private void replyLine(RawLine line) {
        String text = Secrets.mask(line.text());
        if (!decoder.inProgress()) {
            openLineNumber = line.lineNumber();
            openLines.clear();
        }
        try {
            openLines.add(text);
            decoder.accept(text).ifPresent(reply -> {
                entries.add(new TranscriptEntry.Received(openLineNumber, reply));
                openLines.clear();
            });
        } catch (MalformedReplyException e) {
            entries.add(new TranscriptEntry.Malformed(line.lineNumber(), text, reason(e)));
            openLines.clear();
        }
    }

    private void closeOpenReply() {
        if (!decoder.inProgress()) {
            return;
        }
        String first = openLines.get(0);
        List<String> texts = new ArrayList<>(openLines.subList(1, openLines.size()));
        texts.add(0, first.length() > 4 ? first.substring(4) : "");
        entries.add(new TranscriptEntry.Unfinished(openLineNumber,
                Integer.parseInt(first.substring(0, 3)), texts));
        decoder = new ReplyDecoder();
        openLines.clear();
    }

    // A verb the catalog lacks may be a PASS mangled by the log (a lost or changed letter),
    // so its argument is hidden too: an unknown command is rare, a leaked password is not
    // undone.
    static Command maskedCommand(String line) {
        Command command = CommandParser.parse(line);
        boolean secret = Secrets.isSecretArgument(command.verbText())
                || command.verb().isEmpty();
        if (secret && command.hasArgument()) {
            return new Command(command.verbText(), Secrets.MASK);
        }
        return new Command(command.verbText(), Secrets.mask(command.argument()));
    }

    // The exception's message ends with the offending line in quotes; the entry keeps the
    // line apart, so only the reason is kept here.
    private static String reason(MalformedReplyException e) {
        String message = e.getMessage();
        int quote = message.lastIndexOf(": \"");
        return quote > 0 ? message.substring(0, quote) : message;
    }
}

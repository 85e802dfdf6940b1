package dev.ftpkit.cli.transfer;

import dev.ftpkit.client.TranscriptListener;
import dev.ftpkit.protocol.reply.Reply;
import dev.ftpkit.protocol.reply.ReplyCatalog;
import dev.ftpkit.protocol.reply.ReplyCodeInfo;
import java.io.PrintWriter;
import java.util.List;

/**
 * Prints a session's transcript for {@code -v}: "> " before each command, "< " before each
 * reply line, and beside each 4yz or 5yz reply what its code means, from the reply catalog.
 *
 * <pre>
 * &gt; RETR missing.txt
 * &lt; 550 No such file   [550: Requested action not taken; file unavailable ...]
 * </pre>
 *
 * <p>The client masks the PASS argument before a listener sees it. Several connections of
 * a parallel transfer share one transcript; each line is printed whole, but lines of
 * different connections interleave.
 */
final class VerboseTranscript implements TranscriptListener {

    private final PrintWriter err;

    VerboseTranscript(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void commandSent(String line) {
        print("> " + line);
    }

    @Override
    public void replyReceived(Reply reply) {
        List<String> lines = reply.lines();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            // RFC 959 4.2: a multi-line reply repeats the code on its last line only.
            String prefix = i == 0 ? reply.code() + (lines.size() > 1 ? "-" : " ")
                    : i == lines.size() - 1 ? reply.code() + " " : "";
            text.append("< ").append(prefix).append(lines.get(i));
            if (i == 0 && reply.code() >= 400) {
                text.append("   [").append(meaning(reply.code())).append(']');
            }
            if (i < lines.size() - 1) {
                text.append('\n');
            }
        }
        print(text.toString());
    }

    /** Returns one line on what {@code code} means, or that no RFC defines it. */
    static String meaning(int code) {
        return ReplyCatalog.lookup(code).map(ReplyCodeInfo::meaning)
                .map(meaning -> code + ": " + meaning)
                .orElse(code + ": not defined by any FTP RFC; the server's text is all there is");
    }

    private void print(String text) {
        synchronized (err) {
            err.println(text);
            err.flush();
        }
    }
}

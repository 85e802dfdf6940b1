package dev.ftpkit.cli.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ftpkit.protocol.reply.Reply;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerboseTranscriptTest {

    private final StringWriter printed = new StringWriter();
    private final VerboseTranscript transcript = new VerboseTranscript(new PrintWriter(printed));

    @Test
    void marksCommandsAndReplies() {
        transcript.commandSent("RETR a.txt");
        transcript.replyReceived(Reply.of(150, "Opening BINARY mode data connection"));

        assertThat(printed.toString()).isEqualTo("> RETR a.txt\n"
                + "< 150 Opening BINARY mode data connection\n");
    }

    @Test
    void errorReplyCarriesTheMeaningOfItsCodeOnTheSameLine() {
        transcript.replyReceived(Reply.of(550, "No such file"));

        assertThat(printed.toString()).startsWith("< 550 No such file   [550: Requested action"
                + " not taken").endsWith("]\n").containsOnlyOnce("\n");
    }

    @Test
    void codeNoRfcDefinesIsSaidToBeUnknown() {
        transcript.replyReceived(Reply.of(599, "Odd"));

        assertThat(printed.toString()).contains("[599: not defined by any FTP RFC");
    }

    @Test
    void multiLineReplyRepeatsTheCodeOnItsLastLine() {
        transcript.replyReceived(Reply.multiLine(211, List.of("Features:", " MLST", "End")));

        assertThat(printed.toString()).isEqualTo("< 211-Features:\n<  MLST\n< 211 End\n");
    }
}

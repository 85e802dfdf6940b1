package dev.ftpkit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ftpkit.protocol.codec.CommandLineDecoder;
import dev.ftpkit.protocol.codec.CommandParser;
import dev.ftpkit.protocol.codec.DecodedLine;
import dev.ftpkit.protocol.command.Command;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.ftpserver.impl.DefaultFtpRequest;
import org.apache.mina.core.buffer.IoBuffer;
import org.apache.mina.core.filterchain.IoFilter.NextFilter;
import org.apache.mina.core.session.DummySession;
import org.apache.mina.core.session.IoSession;
import org.apache.mina.filter.codec.ProtocolDecoderOutput;
import org.apache.mina.filter.codec.textline.TextLineDecoder;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Checks that the two sides of {@link CommandDecodingBenchmark} do the same work on its input:
 * each decodes every line of the mix into the same verb and argument, so the benchmark
 * compares like with like.
 */
@Timeout(10)
class CommandMixTest {

    @Test
    void ftpkitDecodesEveryLineOfTheMixIntoItsVerbAndArgument() {
        CommandLineDecoder decoder =
                new CommandLineDecoder(CommandDecodingBenchmark.MAX_LINE_LENGTH);
        List<Command> commands = new ArrayList<>();

        for (byte[] line : CommandMix.wireLines()) {
            for (DecodedLine decoded : decoder.decode(ByteBuffer.wrap(line))) {
                commands.add(CommandParser.parse(((DecodedLine.Line) decoded).text()));
            }
        }

        assertThat(commands).extracting(Command::verbText, Command::argument)
                .containsExactlyElementsOf(expectedVerbsAndArguments());
    }

    @Test
    void minaDecodesEveryLineOfTheMixIntoTheSameVerbAndArgument() throws Exception {
        TextLineDecoder decoder = new TextLineDecoder(StandardCharsets.UTF_8);
        decoder.setMaxLineLength(CommandDecodingBenchmark.MAX_LINE_LENGTH);
        DummySession session = new DummySession();
        List<DefaultFtpRequest> requests = new ArrayList<>();
        ProtocolDecoderOutput output = new ProtocolDecoderOutput() {
            @Override
            public void write(Object message) {
                requests.add(new DefaultFtpRequest(message.toString()));
            }

            @Override
            public void flush(NextFilter nextFilter, IoSession ioSession) {
                throw new UnsupportedOperationException("not part of decoding");
            }
        };

        for (byte[] line : CommandMix.wireLines()) {
            decoder.decode(session, IoBuffer.wrap(line), output);
        }

        assertThat(requests)
                .extracting(DefaultFtpRequest::getCommand,
                        request -> request.hasArgument() ? request.getArgument() : "")
                .containsExactlyElementsOf(expectedVerbsAndArguments());
    }

    @Test
    void mixHasNoLineWhoseEdgesTheTwoParsersTreatDifferently() {
        // MINA trims the line and drops a leading "X" from verbs; ftpkit keeps both. Lines
        // like that would make the two sides parse different commands.
        assertThat(CommandMix.LINES)
                .allSatisfy(line -> assertThat(line).isEqualTo(line.strip()).doesNotStartWith("X"));
    }

    private static List<Tuple> expectedVerbsAndArguments() {
        return CommandMix.LINES.stream()
                .map(line -> {
                    int space = line.indexOf(' ');
                    return space < 0
                            ? Tuple.tuple(line, "")
                            : Tuple.tuple(line.substring(0, space),
                                    line.substring(space + 1));
                })
                .toList();
    }
}

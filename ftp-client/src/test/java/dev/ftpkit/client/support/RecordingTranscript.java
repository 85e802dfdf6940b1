package dev.ftpkit.client.support;

import dev.ftpkit.client.TranscriptListener;
import dev.ftpkit.protocol.reply.Reply;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every command line and reply a client saw, for assertions on what was sent. */
public final class RecordingTranscript implements TranscriptListener {

    private final List<String> commands = new CopyOnWriteArrayList<>();
    private final List<Reply> replies = new CopyOnWriteArrayList<>();

    @Override
    public void commandSent(String line) {
        commands.add(line);
    }

    @Override
    public void replyReceived(Reply reply) {
        replies.add(reply);
    }

    /** Returns the command lines sent so far, in order. */
    public List<String> commands() {
        return List.copyOf(commands);
    }

    /** Returns the replies read so far, in order. */
    public List<Reply> replies() {
        return List.copyOf(replies);
    }

    /** Returns the command lines that start with {@code verb} and a space or end there. */
    public List<String> commandsOf(String verb) {
        return commands.stream()
                .filter(line -> line.equals(verb) || line.startsWith(verb + " "))
                .toList();
    }
}

package dev.ftpkit.protocol.reply;

import java.util.List;

/** The rows of the reply-code catalog, kept apart from the lookup code because they are long. */
final class ReplyCodes {

    static final List<ReplyCodeInfo> ENTRIES = List.of(
            new ReplyCodeInfo(200, "Command okay.",
                    List.of("The command was accepted"),
                    List.of("Nothing to do"),
                    List.of("RFC 959 4.2.2")));

    private ReplyCodes() {
    }
}

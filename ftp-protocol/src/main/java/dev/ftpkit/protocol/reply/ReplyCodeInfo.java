package dev.ftpkit.protocol.reply;

import java.util.List;

/**
 * What one reply code means, why servers send it, and what a client should do.
 *
 * @param code the reply code
 * @param meaning one sentence: what the code says
 * @param causes the common reasons a server sends it, most likely first
 * @param remedies what the client or its user should do, in order
 * @param references the RFC sections that define or use the code, such as "RFC 959 4.2.2"
 */
public record ReplyCodeInfo(int code, String meaning, List<String> causes,
        List<String> remedies, List<String> references) {

    public ReplyCodeInfo {
        causes = List.copyOf(causes);
        remedies = List.copyOf(remedies);
        references = List.copyOf(references);
    }

    /** Returns the class given by the code's first digit. */
    public ReplyClass replyClass() {
        return ReplyClass.of(code);
    }
}

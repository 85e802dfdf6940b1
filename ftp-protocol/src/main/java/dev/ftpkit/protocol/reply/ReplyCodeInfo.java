package dev.ftpkit.protocol.reply;

import java.util.List;
import java.util.Objects;

/**
 * What one reply code means, why servers send it, and what a client should do.
 *
 * <p>The catalog also holds the protected replies 631, 632 and 633 of RFC 2228 section 5.2,
 * so that a person can look them up, although a {@link Reply} never carries them: a 6yz
 * reply is an envelope whose text is another, encrypted or signed reply. Check
 * {@link #isProtected()} before asking for {@link #replyClass()}.
 *
 * @param code the reply code, 100 to 599, or 631 to 633 for a protected reply
 * @param meaning one sentence: what the code says
 * @param causes the common reasons a server sends it, most likely first
 * @param remedies what the client or its user should do, in order
 * @param references the RFC sections that define or use the code, such as "RFC 959 4.2.2"
 */
public record ReplyCodeInfo(int code, String meaning, List<String> causes,
        List<String> remedies, List<String> references) {

    public ReplyCodeInfo {
        if (code < 100 || code > 699) {
            throw new IllegalArgumentException("reply code out of range 100-699: " + code);
        }
        Objects.requireNonNull(meaning, "meaning");
        causes = List.copyOf(causes);
        remedies = List.copyOf(remedies);
        references = List.copyOf(references);
    }

    /** Returns whether this is a protected reply (6yz, RFC 2228 section 5.2). */
    public boolean isProtected() {
        return code >= 600;
    }

    /**
     * Returns the class given by the code's first digit.
     *
     * @throws IllegalStateException for a protected 6yz reply, which RFC 959 gives no class;
     *     ask {@link #isProtected()} first, or use {@link #classDescription()}
     */
    public ReplyClass replyClass() {
        if (isProtected()) {
            throw new IllegalStateException(code + " is a protected reply (RFC 2228 6yz);"
                    + " it has no RFC 959 reply class");
        }
        return ReplyClass.of(code);
    }

    /**
     * Returns the class in words, for every code of the catalog, such as
     * "5yz permanent negative completion" or "6yz protected reply".
     */
    public String classDescription() {
        if (isProtected()) {
            return "6yz protected reply";
        }
        return switch (replyClass()) {
            case POSITIVE_PRELIMINARY -> "1yz positive preliminary";
            case POSITIVE_COMPLETION -> "2yz positive completion";
            case POSITIVE_INTERMEDIATE -> "3yz positive intermediate";
            case TRANSIENT_NEGATIVE -> "4yz transient negative completion";
            case PERMANENT_NEGATIVE -> "5yz permanent negative completion";
        };
    }
}

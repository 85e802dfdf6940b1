package dev.ftpkit.protocol.reply;

/** The meaning of a reply code's first digit, per RFC 959 section 4.2.1. */
public enum ReplyClass {
    /** 1yz: the action has started; expect another reply before sending a new command. */
    POSITIVE_PRELIMINARY,
    /** 2yz: the action completed. */
    POSITIVE_COMPLETION,
    /** 3yz: accepted, but the server waits for another command (PASS after USER, RNTO). */
    POSITIVE_INTERMEDIATE,
    /** 4yz: not done this time; the same command may work later. */
    TRANSIENT_NEGATIVE,
    /** 5yz: not done; repeating the same command will fail again. */
    PERMANENT_NEGATIVE;

    /** Returns the class of a reply code from 100 to 599. */
    public static ReplyClass of(int code) {
        return switch (code / 100) {
            case 1 -> POSITIVE_PRELIMINARY;
            case 2 -> POSITIVE_COMPLETION;
            case 3 -> POSITIVE_INTERMEDIATE;
            case 4 -> TRANSIENT_NEGATIVE;
            case 5 -> PERMANENT_NEGATIVE;
            default -> throw new IllegalArgumentException("reply code out of range: " + code);
        };
    }
}

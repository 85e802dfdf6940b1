package dev.ftpkit.protocol.diagnostics;

import java.util.Optional;

/** The function group a reply code's second digit names, per RFC 959 section 4.2.1. */
public enum ReplyGroup {
    /** x0z. */
    SYNTAX("x0z syntax", "the command's syntax, or a command that is unimplemented or superfluous"),
    /** x1z. */
    INFORMATION("x1z information", "replies to requests for information, such as status or help"),
    /** x2z. */
    CONNECTIONS("x2z connections", "the control and data connections"),
    /** x3z. */
    AUTHENTICATION("x3z authentication and accounting", "the login process and accounting"),
    /** x4z. */
    UNSPECIFIED("x4z unspecified", "not specified by RFC 959; RFC 2228 uses it for security"),
    /** x5z. */
    FILE_SYSTEM("x5z file system", "the state of the requested file or other file-system action");

    private final String title;
    private final String meaning;

    ReplyGroup(String title, String meaning) {
        this.title = title;
        this.meaning = meaning;
    }

    /** Returns the group of {@code code}'s second digit, or empty for a digit above 5. */
    public static Optional<ReplyGroup> of(int code) {
        int digit = code / 10 % 10;
        return digit < values().length ? Optional.of(values()[digit]) : Optional.empty();
    }

    /** Returns the group's name with its digit pattern, such as "x0z syntax". */
    public String title() {
        return title;
    }

    /** Returns what replies of this group are about. */
    public String meaning() {
        return meaning;
    }
}

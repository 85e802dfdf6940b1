package dev.ftpkit.protocol.sequence;

/** How far a session has come towards a login. */
public enum LoginPhase {
    /** Connected; the server's 220 greeting has not been seen yet. */
    CONNECTED,
    /** Greeted with 220; no user named yet, or the last login attempt failed. */
    GREETED,
    /** USER was answered 331 (or 332, or PASS 332): the server waits for PASS or ACCT. */
    USER_GIVEN,
    /** PASS (or USER alone, or ACCT) was answered 230, 232 or 202: logged in. */
    LOGGED_IN
}

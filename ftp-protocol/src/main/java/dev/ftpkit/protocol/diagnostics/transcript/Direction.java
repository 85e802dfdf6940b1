package dev.ftpkit.protocol.diagnostics.transcript;

/** Which way a line of a transcript went on the control connection. */
public enum Direction {
    /** A command, sent by the client. */
    CLIENT_TO_SERVER,
    /** A reply, sent by the server. */
    SERVER_TO_CLIENT
}

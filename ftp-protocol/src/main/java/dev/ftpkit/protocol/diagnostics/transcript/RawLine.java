package dev.ftpkit.protocol.diagnostics.transcript;

/**
 * One line of FTP traffic cut out of a log: a command line, or one line of a reply, without
 * the log's own prefix and without a line ending. Not yet masked.
 */
record RawLine(int lineNumber, Direction direction, String text) {

    static RawLine sent(int lineNumber, String text) {
        return new RawLine(lineNumber, Direction.CLIENT_TO_SERVER, text);
    }

    static RawLine received(int lineNumber, String text) {
        return new RawLine(lineNumber, Direction.SERVER_TO_CLIENT, text);
    }
}

package dev.ftpkit.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The command lines both sides of {@link CommandDecodingBenchmark} decode: a login, a change of
 * directory, transfer setup and downloads, as a graphical client sends them. Paths are long,
 * hold spaces, and some are UTF-8 beyond ASCII (RFC 2640), because those are the lines whose
 * cost grows with the text.
 */
final class CommandMix {

    /** The lines, without line endings. None starts or ends with a space (see the test). */
    static final List<String> LINES = List.of(
            "USER alice",
            "PASS correct horse battery staple",
            "OPTS UTF8 ON",
            "PWD",
            "TYPE I",
            "CWD /srv/ftp/Projects/Quarterly Reports 2024/Finance and Controlling",
            "EPSV",
            "MLSD",
            "PASV",
            "RETR /srv/ftp/Projects/Quarterly Reports 2024/Q3 Board Pack (final, signed).pdf",
            "NOOP",
            "RETR Übersicht der Aufträge März – Kunden München.xlsx",
            "EPSV",
            "RETR 東京オフィス/議事録 2024年10月.docx",
            "SIZE photos/Ålesund fjord at dawn.jpg",
            "QUIT");

    private CommandMix() {
    }

    /** Returns each line in UTF-8 with its CRLF, as one read from the socket would bring it. */
    static byte[][] wireLines() {
        return LINES.stream()
                .map(line -> (line + "\r\n").getBytes(StandardCharsets.UTF_8))
                .toArray(byte[][]::new);
    }
}

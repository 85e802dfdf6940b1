package dev.ftpkit.protocol.diagnostics.transcript;

import java.util.List;

/** Cuts the FTP traffic out of the lines of one log format; other lines are skipped. */
interface DialectReader {

    /**
     * Returns how many of {@code lines} carry the marks of this format: the detector picks
     * the format with the highest count.
     */
    int score(List<String> lines);

    /** Returns the commands and reply lines in input order, line numbers counted from 1. */
    List<RawLine> read(List<String> lines);
}

package dev.ftpkit.protocol.diagnostics.transcript;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a log of an FTP control connection, written by a client or a server, into
 * {@link TranscriptEntry}s: the commands (PASS masked) and the replies, multi-line replies
 * reassembled.
 *
 * <p>The format is found from the input itself: each {@link TranscriptFormat} looks for its
 * own marks ("> " and "* " for curl, "---> " for lftp, "*cmd*" for ftplib ...) and the one
 * that recognises most lines wins. Lines that carry no FTP traffic in the chosen format
 * (progress meters, status notes, other log lines) are skipped. Stateless and thread-safe.
 */
public final class TranscriptParser {

    private static final Map<TranscriptFormat, DialectReader> READERS = readers();

    private TranscriptParser() {
    }

    /**
     * Returns the transcript in {@code lines}, its format detected.
     *
     * @throws UnrecognisedTranscriptException when no format recognises any line, as for an
     *     empty input or a file that is no FTP log
     */
    public static Transcript parse(List<String> lines) throws UnrecognisedTranscriptException {
        return parse(lines, detect(lines));
    }

    /**
     * Returns the transcript in {@code lines}, read as {@code format} whatever it looks like.
     * Lines the format does not recognise are skipped, so the entries may be empty.
     */
    public static Transcript parse(List<String> lines, TranscriptFormat format) {
        List<RawLine> raw = READERS.get(format).read(lines);
        return new Transcript(format, TranscriptAssembler.assemble(raw));
    }

    /**
     * Returns the transcript read from {@code input} (not closed), its format detected.
     *
     * @throws IOException when reading fails
     * @throws UnrecognisedTranscriptException when no format recognises any line
     */
    public static Transcript parse(Reader input) throws IOException,
            UnrecognisedTranscriptException {
        return parse(readLines(input));
    }

    /**
     * Returns the format that recognises most of {@code lines}; on a tie, the one declared
     * first in {@link TranscriptFormat}.
     *
     * @throws UnrecognisedTranscriptException when no format recognises any line
     */
    public static TranscriptFormat detect(List<String> lines)
            throws UnrecognisedTranscriptException {
        TranscriptFormat best = null;
        int bestScore = 0;
        for (Map.Entry<TranscriptFormat, DialectReader> entry : READERS.entrySet()) {
            int score = entry.getValue().score(lines);
            if (score > bestScore) {
                best = entry.getKey();
                bestScore = score;
            }
        }
        if (best == null) {
            throw new UnrecognisedTranscriptException("no line of the " + lines.size()
                    + "-line input reads as an FTP command or reply in any known format"
                    + " (curl -v, lftp -d, ftplib, Commons Net, FileZilla, vsftpd, ProFTPD,"
                    + " Pure-FTPd)");
        }
        return best;
    }

    /** Returns the lines of {@code input}, split at LF, CRLF or CR, without their endings. */
    public static List<String> readLines(Reader input) throws IOException {
        List<String> lines = new ArrayList<>();
        BufferedReader reader = new BufferedReader(input);
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lines.add(line);
        }
        return lines;
    }

    private static Map<TranscriptFormat, DialectReader> readers() {
        Map<TranscriptFormat, DialectReader> readers = new EnumMap<>(TranscriptFormat.class);
        readers.put(TranscriptFormat.CURL, new CurlReader());
        readers.put(TranscriptFormat.LFTP, new LftpReader());
        readers.put(TranscriptFormat.PYTHON_FTPLIB, new FtplibReader());
        readers.put(TranscriptFormat.COMMONS_NET, new CommonsNetReader());
        readers.put(TranscriptFormat.FILEZILLA, new FileZillaReader());
        readers.put(TranscriptFormat.VSFTPD, new VsftpdReader());
        readers.put(TranscriptFormat.PROFTPD, new ProftpdReader());
        readers.put(TranscriptFormat.PURE_FTPD, new PureFtpdReader());
        return readers;
    }
}

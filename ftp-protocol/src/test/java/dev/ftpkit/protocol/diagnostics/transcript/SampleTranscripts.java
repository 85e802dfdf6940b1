package dev.ftpkit.protocol.diagnostics.transcript;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Loads the hand-made sample transcripts under src/test/resources/transcripts. */
public final class SampleTranscripts {

    /** Every password written into a sample; no output may ever contain it. */
    public static final String PASSWORD_MARK = "Tr0ub4dor";

    /** The samples in which nothing is out of order, each with the format it is written in. */
    public static final List<String> CLEAN = List.of(
            "curl-clean.log", "lftp-clean.log", "ftplib-clean.log", "ftplib-level1-clean.log",
            "commons-net-clean.log", "filezilla-clean.log", "filezilla-logfile-clean.log",
            "vsftpd-clean.log", "proftpd-trace-clean.log", "pure-ftpd-clean.log");

    /** Every sample file. */
    public static final List<String> ALL = List.of(
            "curl-clean.log", "curl-pass-before-user.log", "curl-malformed-reply.log",
            "curl-unfinished-multiline.log", "curl-preliminary-to-cwd.log",
            "curl-transfer-never-finishes.log", "curl-transfer-then-other-reply.log",
            "lftp-clean.log", "lftp-rest-then-pwd.log", "ftplib-clean.log",
            "ftplib-level1-clean.log", "ftplib-rnto-after-noop.log", "commons-net-clean.log",
            "commons-net-arrows-retr-without-pasv.log", "filezilla-clean.log",
            "filezilla-logfile-clean.log", "filezilla-success-after-failure.log",
            "vsftpd-clean.log", "vsftpd-rnto-without-rnfr.log", "proftpd-trace-clean.log",
            "proftpd-trace-stor-without-port.log", "proftpd-debug-commands-only.log",
            "pure-ftpd-clean.log", "pure-ftpd-pass-before-user.log");

    private SampleTranscripts() {
    }

    /** Returns the text of sample {@code name}. */
    public static String text(String name) {
        try (InputStream in = SampleTranscripts.class.getResourceAsStream("/transcripts/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample transcript " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the lines of sample {@code name}. */
    public static List<String> lines(String name) {
        return text(name).lines().toList();
    }

    /** Returns sample {@code name}, parsed with its format detected. */
    public static Transcript parsed(String name) {
        try {
            return TranscriptParser.parse(lines(name));
        } catch (UnrecognisedTranscriptException e) {
            throw new AssertionError(name + " was not recognised", e);
        }
    }
}

package dev.ftpkit.client.internal;

import dev.ftpkit.client.FtpEntry;
import dev.ftpkit.client.FtpEntryType;
import dev.ftpkit.client.FtpException;
import dev.ftpkit.client.FtpFeatures;
import dev.ftpkit.client.FtpFileNotFoundException;
import dev.ftpkit.client.FtpReplyException;
import dev.ftpkit.client.ListingParser;
import dev.ftpkit.client.internal.listing.MlsxEntryFormat;
import dev.ftpkit.protocol.command.Verb;
import dev.ftpkit.protocol.reply.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lists directories and looks up single paths: MLSD and MLST when the server announced
 * MLST, LIST and SIZE/MDTM otherwise.
 */
public final class Listings {

    private static final Logger log = LoggerFactory.getLogger(Listings.class);

    private final CommandChannel commands;
    private final Transfers transfers;
    private final ListingParser parser;
    private final Supplier<FtpFeatures> features;
    private boolean mlsdRefused;

    /** Creates listings over {@code commands}, reading what {@code features} offers. */
    public Listings(CommandChannel commands, Transfers transfers, ListingParser parser,
            Supplier<FtpFeatures> features) {
        this.commands = commands;
        this.transfers = transfers;
        this.parser = parser;
        this.features = features;
    }

    /** Returns the entries of {@code directory} ("" for the working directory). */
    public List<FtpEntry> list(String directory) throws FtpException {
        if (features.get().mlst() && !mlsdRefused) {
            try {
                return parser.parseMlsd(read(Verb.MLSD, directory));
            } catch (FtpReplyException e) {
                if (e.code() != 500 && e.code() != 502) {
                    throw e;
                }
                // Announced in FEAT but refused: some servers offer MLST without MLSD.
                mlsdRefused = true;
                log.debug("{} MLSD refused with {}; listing with LIST",
                        commands.connection().id(), e.code());
            }
        }
        return parser.parseList(read(Verb.LIST, directory));
    }

    /** Returns what the server says about {@code path}: MLST, else SIZE, MDTM and CWD. */
    public FtpEntry stat(String path) throws FtpException {
        if (features.get().mlst()) {
            Reply reply = commands.complete(Verb.MLST, path);
            return factLine(reply).flatMap(parser::parseMlstLine)
                    .map(entry -> entry.withName(RemotePaths.name(path)))
                    .orElseThrow(() -> new FtpReplyException("MLST " + path, reply,
                            "MLST " + path + " answered without a fact line: " + reply.text(),
                            null));
        }
        try {
            long size = size(path);
            return new FtpEntry(RemotePaths.name(path), FtpEntryType.FILE, size,
                    modificationTimeIfKnown(path), ChronoUnit.SECONDS, Optional.empty(),
                    Optional.empty(),
                    "SIZE " + size);
        } catch (FtpFileNotFoundException e) {
            if (isDirectory(path)) {
                return new FtpEntry(RemotePaths.name(path), FtpEntryType.DIRECTORY, -1,
                        Optional.empty(), ChronoUnit.FOREVER, Optional.empty(), Optional.empty(),
                        "CWD");
            }
            throw e;
        }
    }

    /** Returns the size of {@code path} in bytes, by SIZE (RFC 3659 section 4). */
    public long size(String path) throws FtpException {
        Reply reply = commands.complete(Verb.SIZE, path);
        try {
            return Long.parseLong(reply.lines().get(0).trim());
        } catch (NumberFormatException e) {
            throw new FtpReplyException("SIZE " + path, reply, "SIZE " + path
                    + " answered without a number: " + reply.text(), e);
        }
    }

    /** Returns the modification time of {@code path}, by MDTM (RFC 3659 section 3). */
    public Instant modificationTime(String path) throws FtpException {
        Reply reply = commands.complete(Verb.MDTM, path);
        return MlsxEntryFormat.parseTime(reply.lines().get(0)).orElseThrow(
                () -> new FtpReplyException("MDTM " + path, reply, "MDTM " + path
                        + " answered without a time-val: " + reply.text(), null));
    }

    /**
     * Returns whether {@code path} is a directory one can change into, by CWD there and
     * back; the working directory is unchanged afterwards.
     */
    public boolean isDirectory(String path) throws FtpException {
        String home = workingDirectory();
        Reply reply = commands.send(Verb.CWD, path);
        if (reply.code() / 100 != 2) {
            return false;
        }
        commands.complete(Verb.CWD, home);
        return true;
    }

    /** Returns the working directory, from the quoted path of the 257 reply to PWD. */
    public String workingDirectory() throws FtpException {
        Reply reply = commands.complete(Verb.PWD, "");
        String text = reply.lines().get(0);
        int open = text.indexOf('"');
        if (open < 0) {
            throw new FtpReplyException("PWD", reply, "PWD answered without a quoted path: "
                    + text, null);
        }
        // RFC 959 appendix II: a quote inside the path is doubled.
        StringBuilder path = new StringBuilder();
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    path.append('"');
                    i++;
                    continue;
                }
                return path.toString();
            }
            path.append(c);
        }
        throw new FtpReplyException("PWD", reply, "PWD answered with an unterminated quoted"
                + " path: " + text, null);
    }

    private Optional<Instant> modificationTimeIfKnown(String path) throws FtpException {
        try {
            return Optional.of(modificationTime(path));
        } catch (FtpReplyException e) {
            if (e instanceof FtpFileNotFoundException) {
                throw e;
            }
            return Optional.empty(); // MDTM not implemented: the size alone is still an answer
        }
    }

    private String read(Verb verb, String directory) throws FtpException {
        try (InputStream in = transfers.download(verb, directory, 0)) {
            return new String(in.readAllBytes(), commands.connection().charset());
        } catch (FtpException e) {
            throw e;
        } catch (IOException e) {
            throw new FtpException(verb + " " + directory + " failed: " + e.getMessage(), e);
        }
    }

    /** Returns the fact line of an MLST reply: its inner line, one leading space removed. */
    private static Optional<String> factLine(Reply reply) {
        List<String> lines = reply.lines();
        for (int i = 1; i < lines.size() - 1; i++) {
            String line = lines.get(i);
            if (!line.isBlank()) {
                return Optional.of(line.startsWith(" ") ? line.substring(1) : line);
            }
        }
        return Optional.empty();
    }
}

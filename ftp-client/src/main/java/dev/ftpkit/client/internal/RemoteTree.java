package dev.ftpkit.client.internal;

import dev.ftpkit.client.FtpEntry;
import dev.ftpkit.client.FtpException;
import dev.ftpkit.client.FtpFileNotFoundException;
import dev.ftpkit.protocol.command.Verb;
import dev.ftpkit.protocol.reply.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Operations built from several commands: mkdir -p, rm -r, resumed transfers, and uploads
 * through a temporary name.
 */
public final class RemoteTree {

    private static final Logger log = LoggerFactory.getLogger(RemoteTree.class);
    /** Deeper than any real tree; stops a server that lists a directory inside itself. */
    private static final int MAX_DEPTH = 64;

    private final CommandChannel commands;
    private final Transfers transfers;
    private final Listings listings;

    /** Creates the operations over {@code commands}, {@code transfers} and {@code listings}. */
    public RemoteTree(CommandChannel commands, Transfers transfers, Listings listings) {
        this.commands = commands;
        this.transfers = transfers;
        this.listings = listings;
    }

    /** Creates {@code path} and its missing parents; existing directories are fine. */
    public void makeDirectories(String path) throws FtpException {
        for (String prefix : RemotePaths.prefixes(path)) {
            makeDirectoryUnlessPresent(prefix);
        }
    }

    /** Creates one directory whose parent exists, unless it exists already. */
    public void makeDirectoryUnlessPresent(String path) throws FtpException {
        Reply reply = commands.send(Verb.MKD, path);
        if (reply.code() / 100 == 2) {
            return;
        }
        // Servers refuse MKD of an existing directory with 550 or 521; only a directory
        // that is really there makes that a success.
        if (!listings.isDirectory(path)) {
            throw ReplyFailures.of(Verb.MKD.name(), path, reply);
        }
    }

    /** Removes a file, or a directory and everything in it; links are deleted, not followed. */
    public void removeRecursively(String path) throws FtpException {
        FtpEntry entry = listings.stat(path);
        if (entry.isDirectory()) {
            removeDirectoryTree(path, 0);
        } else {
            commands.complete(Verb.DELE, path);
        }
    }

    private void removeDirectoryTree(String directory, int depth) throws FtpException {
        if (depth > MAX_DEPTH) {
            throw new FtpException("cannot remove " + directory + ": more than " + MAX_DEPTH
                    + " levels deep; is the server listing a directory inside itself?");
        }
        for (FtpEntry entry : listings.list(directory)) {
            String child = RemotePaths.join(directory, entry.name());
            if (entry.isDirectory()) {
                removeDirectoryTree(child, depth + 1);
            } else {
                commands.complete(Verb.DELE, child);
            }
        }
        commands.complete(Verb.RMD, directory);
    }

    /**
     * Appends to {@code local} what {@code remote} has beyond the local file's length (REST
     * and RETR); returns the bytes transferred.
     */
    public long resumeDownload(String remote, Path local) throws IOException {
        long offset = Files.exists(local) ? Files.size(local) : 0;
        long remoteSize = listings.size(remote);
        if (offset == remoteSize) {
            return 0;
        }
        if (offset > remoteSize) {
            throw new FtpException("cannot resume download of " + remote + " into " + local
                    + ": the local file has " + offset + " bytes, the remote only "
                    + remoteSize);
        }
        try (InputStream in = transfers.download(Verb.RETR, remote, offset);
                OutputStream out = Files.newOutputStream(local, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND)) {
            return in.transferTo(out);
        }
    }

    /**
     * Sends the part of {@code local} beyond the remote file's length, as {@link UploadPlan}
     * chooses; returns the bytes transferred.
     */
    public long resumeUpload(Path local, String remote, boolean restStream) throws IOException {
        UploadPlan plan = UploadPlan.resume(local, remote, remoteSizeOrZero(remote), restStream);
        if (plan.offset() == Files.size(local) && plan.offset() > 0) {
            return 0;
        }
        try (InputStream in = Files.newInputStream(local)) {
            in.skipNBytes(plan.offset());
            try (OutputStream out = transfers.upload(plan.verb(), remote, plan.restOffset())) {
                return in.transferTo(out);
            }
        }
    }

    /** Returns the size of {@code remote}, or 0 when it does not exist yet. */
    public long remoteSizeOrZero(String remote) throws FtpException {
        try {
            return listings.size(remote);
        } catch (FtpFileNotFoundException e) {
            return 0;
        }
    }

    /**
     * Uploads {@code in} to {@code remote}; with {@code viaTemporaryName}, to a hidden name
     * in the same directory first, renamed to {@code remote} once the server confirmed the
     * upload. Returns the bytes sent.
     */
    public long upload(InputStream in, String remote, boolean viaTemporaryName)
            throws IOException {
        if (!viaTemporaryName) {
            return store(in, remote);
        }
        String temporary = RemotePaths.join(RemotePaths.parent(remote),
                "." + RemotePaths.name(remote) + "." + randomSuffix() + ".part");
        long bytes;
        boolean renamed;
        try {
            bytes = store(in, temporary);
            renamed = rename(temporary, remote);
            if (!renamed) {
                // Some servers (IIS, and others on Windows file systems) refuse to rename
                // over an existing file; delete the old one and try once more.
                commands.complete(Verb.DELE, remote);
            }
        } catch (IOException | RuntimeException e) {
            // The old file is still in place: the partial one must not stay beside it.
            deleteQuietly(temporary);
            throw e;
        }
        if (!renamed) {
            // The old file is gone now; the upload under the temporary name is the only
            // copy left, so a failure here keeps it and says where it is.
            try {
                commands.intermediate(Verb.RNFR, temporary);
                commands.complete(Verb.RNTO, remote);
            } catch (FtpException e) {
                log.warn("{} could not rename {} to {} after deleting the old file; the upload"
                        + " is kept under the temporary name", commands.connection().id(),
                        temporary, remote);
                throw e;
            }
        }
        return bytes;
    }

    private long store(InputStream in, String remote) throws IOException {
        try (OutputStream out = transfers.upload(Verb.STOR, remote, 0)) {
            return in.transferTo(out);
        }
    }

    /** Renames {@code temporary} to {@code target}; returns false when RNTO was refused. */
    private boolean rename(String temporary, String target) throws FtpException {
        commands.intermediate(Verb.RNFR, temporary);
        Reply reply = commands.send(Verb.RNTO, target);
        if (reply.code() / 100 == 2) {
            return true;
        }
        log.debug("{} RNTO {} refused with {}; replacing the old file", commands.connection()
                .id(), target, reply.code());
        return false;
    }

    private void deleteQuietly(String path) {
        try {
            if (commands.connection().isOpen()) {
                commands.send(Verb.DELE, path);
            }
        } catch (FtpException | RuntimeException e) {
            log.debug("{} could not delete the partial upload {}: {}",
                    commands.connection().id(), path, e.toString());
        }
    }

    private static String randomSuffix() {
        byte[] bytes = new byte[4];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}

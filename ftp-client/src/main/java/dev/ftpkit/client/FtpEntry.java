package dev.ftpkit.client;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a directory listing or one MLST answer.
 *
 * @param name the entry's name as the server sent it, spaces and all; for {@code stat} the
 *     last segment of the path asked for
 * @param type what the entry is
 * @param size the size in bytes, or -1 when the server did not say (devices, most
 *     directories in MLSD)
 * @param modified the last modification time, when the server gave one. LIST times have
 *     minute precision at best and are read in the server's time zone the client was told;
 *     MLSD and MDTM times are UTC as RFC 3659 requires
 * @param modifiedPrecision how exact {@code modified} is, known from where it came and never
 *     guessed from its value: {@link ChronoUnit#SECONDS} for MLSD, MLST and MDTM,
 *     {@link ChronoUnit#MINUTES} for a LIST line with a time of day, {@link ChronoUnit#DAYS}
 *     for a LIST line with a year instead; the real time lies in
 *     {@code [modified, modified + precision)}. Without a time it is
 *     {@link ChronoUnit#FOREVER}
 * @param linkTarget the target of a symbolic link, when the server gave it
 * @param permissions the server's own permission text: the mode column of a LIST line
 *     ({@code rwxr-xr-x}), or from MLSD the {@code unix.mode} fact ({@code 0644}) or else the
 *     {@code perm} fact ({@code adfrw})
 * @param raw the line the entry was read from, for what the fields leave out
 */
public record FtpEntry(String name, FtpEntryType type, long size, Optional<Instant> modified,
        ChronoUnit modifiedPrecision, Optional<String> linkTarget, Optional<String> permissions,
        String raw) {

    public FtpEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(modified, "modified");
        Objects.requireNonNull(modifiedPrecision, "modifiedPrecision");
        Objects.requireNonNull(linkTarget, "linkTarget");
        Objects.requireNonNull(permissions, "permissions");
        Objects.requireNonNull(raw, "raw");
        if (modified.isEmpty()) {
            modifiedPrecision = ChronoUnit.FOREVER;
        }
        if (size < -1) {
            throw new IllegalArgumentException("size below -1: " + size);
        }
    }

    /** Returns whether the entry is a regular file. */
    public boolean isFile() {
        return type == FtpEntryType.FILE;
    }

    /** Returns whether the entry is a directory. */
    public boolean isDirectory() {
        return type == FtpEntryType.DIRECTORY;
    }

    /** Returns whether the entry is a symbolic link. */
    public boolean isSymbolicLink() {
        return type == FtpEntryType.SYMBOLIC_LINK;
    }

    /** Returns a copy with another name, keeping every other field. */
    public FtpEntry withName(String newName) {
        return new FtpEntry(newName, type, size, modified, modifiedPrecision,
                linkTarget, permissions, raw);
    }
}

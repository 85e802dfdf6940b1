package dev.ftpkit.server.internal.storage;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * A file operation that failed, carrying the exact reply the client is owed. The text names
 * only the virtual path, never the real one on the server's disk.
 */
public final class StorageFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final int code;
    private final String text;

    public StorageFailure(int code, String text) {
        this(code, text, null);
    }

    public StorageFailure(int code, String text, Throwable cause) {
        super(code + " " + text, cause);
        this.code = code;
        this.text = text;
    }

    /** Returns 550: the path does not exist (or is hidden, as links out of the root are). */
    public static StorageFailure notFound(VirtualPath path) {
        return new StorageFailure(550, path + ": No such file or directory");
    }

    /** Returns 550: the user may not do this to the path. */
    public static StorageFailure permissionDenied(VirtualPath path) {
        return new StorageFailure(550, path + ": Permission denied");
    }

    /** Returns 553: the name cannot be used for a new file. */
    public static StorageFailure nameNotAllowed(VirtualPath path) {
        return new StorageFailure(553, path + ": File name not allowed");
    }

    /** Returns 451: the user's root directory vanished from the disk. */
    public static StorageFailure storageGone() {
        return new StorageFailure(451, "Storage unavailable; try again later");
    }

    /** Returns the failure owed for {@code error} while working on {@code path}. */
    public static StorageFailure from(IOException error, VirtualPath path) {
        if (error instanceof NoSuchFileException) {
            return new StorageFailure(550, path + ": No such file or directory", error);
        }
        if (error instanceof AccessDeniedException) {
            return new StorageFailure(550, path + ": Permission denied", error);
        }
        if (error instanceof FileAlreadyExistsException) {
            return new StorageFailure(550, path + ": File exists", error);
        }
        if (error instanceof DirectoryNotEmptyException) {
            return new StorageFailure(550, path + ": Directory not empty", error);
        }
        if (error instanceof NotDirectoryException) {
            return new StorageFailure(550, path + ": Not a directory", error);
        }
        if (isDiskFull(error)) {
            return new StorageFailure(552, path + ": Insufficient storage space", error);
        }
        if (error instanceof AtomicMoveNotSupportedException) {
            return new StorageFailure(550, path + ": Cannot move across file systems", error);
        }
        if (error instanceof FileSystemException refused && refused.getReason() != null) {
            return refusedByFileSystem(refused, path);
        }
        return new StorageFailure(451, path + ": Local error in processing", error);
    }

    /**
     * Returns the failure owed when a file system call refused {@code path} with a reason the
     * JDK has no exception type for (EISDIR, ENOTDIR, ENOTEMPTY from rename, ENAMETOOLONG,
     * EINVAL, EROFS ...). Such a refusal is permanent: 550, as vsftpd and pyftpdlib answer
     * for any failed file call, and 553 for a name the file system cannot hold. Plain
     * IOExceptions of reads and writes stay 451. Only the OS's reason is shown, never the
     * real path in the exception's message.
     */
    private static StorageFailure refusedByFileSystem(FileSystemException refused,
            VirtualPath path) {
        String reason = refused.getReason();
        if (reason.toLowerCase(Locale.ROOT).contains("name too long")) {
            return new StorageFailure(553, path + ": File name too long", refused);
        }
        return new StorageFailure(550, path + ": " + reason, refused);
    }

    /** Returns whether {@code error} says the disk or the user's quota is full. */
    public static boolean isDiskFull(IOException error) {
        // The JDK has no exception type for ENOSPC or EDQUOT; the OS message is all there is.
        String message = String.valueOf(error.getMessage()).toLowerCase(Locale.ROOT);
        return message.contains("no space left") || message.contains("quota exceeded");
    }

    /** Returns the reply code. */
    public int code() {
        return code;
    }

    /** Returns the reply text. */
    public String text() {
        return text;
    }
}

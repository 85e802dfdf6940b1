package dev.ftpkit.server.internal.storage;

import dev.ftpkit.server.auth.UserAccount;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One user's view of the disk: a root directory that no path escapes, and a working
 * directory inside it.
 *
 * <p>Paths from the client become {@link VirtualPath}s first, which cannot climb above the
 * root by name. Symbolic links are the other way out: before any read or write the longest
 * existing prefix of the target is resolved with {@code toRealPath}, and a path whose real
 * location lies outside the root is refused with 550, as is a link whose target is missing.
 *
 * <p>Methods here may block: call them from the file executor, never an event loop. The
 * working directory is only changed on the event loop, between commands.
 *
 * <p>Known limitation: the check and the use are two system calls, so a local user who can
 * replace a directory by a symbolic link between them could win that race. Serving a tree
 * that untrusted local users also write to needs an OS-level jail (chroot, container).
 */
public final class UserFileSystem {

    private static final Logger log = LoggerFactory.getLogger(UserFileSystem.class);

    private final String sessionId;
    private final Path root;
    private final boolean canWrite;
    private VirtualPath cwd = VirtualPath.ROOT;

    private UserFileSystem(String sessionId, Path root, boolean canWrite) {
        this.sessionId = sessionId;
        this.root = root;
        this.canWrite = canWrite;
    }

    /**
     * Returns the view of {@code account}, rooted at its home under {@code serverRoot}.
     *
     * @param sessionId the session's id, which starts this view's log lines
     * @throws StorageFailure 451 when the home is missing or not a directory
     */
    public static UserFileSystem open(String sessionId, Path serverRoot, UserAccount account)
            throws StorageFailure {
        Path home;
        String problem;
        try {
            Path realServerRoot = serverRoot.toRealPath();
            home = realServerRoot.resolve(account.home()).toRealPath();
            problem = !home.startsWith(realServerRoot) ? "leads out of the root"
                    : !Files.isDirectory(home) ? "is not a directory" : null;
        } catch (IOException e) {
            home = serverRoot.resolve(account.home());
            problem = e.toString();
        }
        if (problem != null) {
            log.error("{} home {} of user {} unusable: {}; create it or fix the user file",
                    sessionId, home, account.name(), problem);
            throw new StorageFailure(451, "Home directory unavailable");
        }
        return new UserFileSystem(sessionId, home, account.canWrite());
    }

    /** Returns the real root directory, the user's "/". */
    public Path root() {
        return root;
    }

    /** Returns whether the user may change files. */
    public boolean canWrite() {
        return canWrite;
    }

    /** Returns the working directory. */
    public VirtualPath cwd() {
        return cwd;
    }

    /** Sets the working directory; the caller checked that it is a directory. */
    public void cwd(VirtualPath directory) {
        this.cwd = directory;
    }

    /** Returns the virtual path {@code argument} names from the working directory. */
    public VirtualPath resolve(String argument) {
        return cwd.resolve(argument);
    }

    /**
     * Returns the real path of {@code path} after checking that it stays inside the root,
     * symbolic links included. The path itself need not exist.
     *
     * @throws StorageFailure 550 when it leads outside the root or through a dangling link,
     *     553 when the name is not valid on this file system, 451 when the root is gone
     */
    public Path confined(VirtualPath path) throws StorageFailure {
        Path target = toReal(path);
        Path probe = target;
        while (probe != null && !Files.exists(probe, LinkOption.NOFOLLOW_LINKS)) {
            probe = probe.getParent();
        }
        if (probe == null || !probe.startsWith(root)) {
            log.error("{} storage gone: root {} no longer exists; restore it or restart",
                    sessionId, root);
            throw StorageFailure.storageGone();
        }
        try {
            if (!probe.toRealPath().startsWith(root)) {
                throw StorageFailure.permissionDenied(path);
            }
        } catch (NoSuchFileException e) {
            // A link whose target is missing: following it could create a file anywhere.
            throw StorageFailure.permissionDenied(path);
        } catch (IOException e) {
            throw StorageFailure.from(e, path);
        }
        return target;
    }

    /** Returns the real path of an existing file or directory inside the root. */
    public Path existing(VirtualPath path) throws StorageFailure {
        Path real = confined(path);
        if (!Files.exists(real)) {
            throw StorageFailure.notFound(path);
        }
        return real;
    }

    /** Returns the real path of an existing directory inside the root. */
    public Path directory(VirtualPath path) throws StorageFailure {
        Path real = existing(path);
        if (!Files.isDirectory(real)) {
            throw new StorageFailure(550, path + ": Not a directory");
        }
        return real;
    }

    /** Returns the real path of an existing regular file inside the root. */
    public Path regularFile(VirtualPath path) throws StorageFailure {
        Path real = existing(path);
        if (!Files.isRegularFile(real)) {
            throw new StorageFailure(550, path + ": Not a regular file");
        }
        return real;
    }

    /**
     * Returns the real path of {@code path} for a change (write, create, delete, rename),
     * after checking that the user may write and the path stays inside the root.
     *
     * @throws StorageFailure 550 Permission denied for read-only users or the root itself
     */
    public Path writable(VirtualPath path) throws StorageFailure {
        if (!canWrite || path.isRoot()) {
            throw StorageFailure.permissionDenied(path);
        }
        return confined(path);
    }

    /**
     * Returns whether a directory entry may be shown: false for a symbolic link that leads
     * outside the root or nowhere, so listings reveal nothing about the world beyond.
     */
    public boolean isVisible(Path entry) {
        if (!Files.isSymbolicLink(entry)) {
            return true;
        }
        try {
            return entry.toRealPath().startsWith(root);
        } catch (IOException e) {
            return false; // dangling or unreadable link: hidden, as it cannot be served
        }
    }

    private Path toReal(VirtualPath path) throws StorageFailure {
        try {
            Path real = root;
            for (String name : path.names()) {
                real = real.resolve(name);
            }
            return real;
        } catch (InvalidPathException e) {
            throw StorageFailure.nameNotAllowed(path);
        }
    }
}

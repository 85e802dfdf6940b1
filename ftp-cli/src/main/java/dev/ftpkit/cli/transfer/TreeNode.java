package dev.ftpkit.cli.transfer;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A file or directory of a tree being mirrored, on either side.
 *
 * @param path the path below the tree's top, '/'-separated, such as "docs/a.txt"
 * @param directory whether it is a directory
 * @param size the size in bytes, -1 for a directory or when the server did not say
 * @param modified the last modification time, when known
 * @param precision how exact {@code modified} is, from where it came (a local file system
 *     gives nanoseconds, MLSD seconds, LIST minutes or days): the real time lies in
 *     {@code [modified, modified + precision)}
 */
record TreeNode(String path, boolean directory, long size, Optional<Instant> modified,
        ChronoUnit precision) {

    TreeNode {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(modified, "modified");
        Objects.requireNonNull(precision, "precision");
    }

    /** Returns a file node whose time is exact to {@code precision}. */
    static TreeNode file(String path, long size, Optional<Instant> modified,
            ChronoUnit precision) {
        return new TreeNode(path, false, size, modified, precision);
    }

    /** Returns a directory node. */
    static TreeNode directory(String path) {
        return new TreeNode(path, true, -1, Optional.empty(), ChronoUnit.FOREVER);
    }

    /** Returns whether this node lies inside the directory {@code ancestor}. */
    boolean isInside(String ancestor) {
        return path.startsWith(ancestor + "/");
    }
}

package dev.ftpkit.cli.transfer;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A file or directory of a tree being mirrored, on either side.
 *
 * @param path the path below the tree's top, '/'-separated, such as "docs/a.txt"
 * @param directory whether it is a directory
 * @param size the size in bytes, -1 for a directory or when the server did not say
 * @param modified the last modification time, when known
 */
record TreeNode(String path, boolean directory, long size, Optional<Instant> modified) {

    TreeNode {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(modified, "modified");
    }

    /** Returns a file node. */
    static TreeNode file(String path, long size, Optional<Instant> modified) {
        return new TreeNode(path, false, size, modified);
    }

    /** Returns a directory node. */
    static TreeNode directory(String path) {
        return new TreeNode(path, true, -1, Optional.empty());
    }

    /** Returns whether this node lies inside the directory {@code ancestor}. */
    boolean isInside(String ancestor) {
        return path.startsWith(ancestor + "/");
    }
}

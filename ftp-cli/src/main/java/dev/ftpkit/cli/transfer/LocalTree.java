package dev.ftpkit.cli.transfer;

import dev.ftpkit.client.FtpException;
import dev.ftpkit.client.LocalPaths;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Walks, and deletes from, a directory tree on this machine. */
final class LocalTree {

    /** Deeper than any real tree; stops a walk that would never end. */
    static final int MAX_DEPTH = 64;

    private LocalTree() {
    }

    /**
     * Returns the regular files and directories under {@code root} by relative path; empty
     * when {@code root} does not exist. Symbolic links and other entries are left out, as
     * FtpTreeTransfer leaves them out.
     */
    static SortedMap<String, TreeNode> walk(Path root) throws IOException {
        SortedMap<String, TreeNode> nodes = new TreeMap<>();
        if (!Files.exists(root)) {
            return nodes;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attrs)
                    throws IOException {
                if (!directory.equals(root)) {
                    Path relative = root.relativize(directory);
                    if (relative.getNameCount() > MAX_DEPTH) {
                        throw new IOException("cannot mirror " + root + ": more than "
                                + MAX_DEPTH + " levels deep at " + directory);
                    }
                    nodes.put(relative(root, directory), TreeNode.directory(
                            relative(root, directory)));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile()) {
                    String path = relative(root, file);
                    nodes.put(path, TreeNode.file(path, attrs.size(),
                            Optional.of(attrs.lastModifiedTime().toInstant()),
                            ChronoUnit.NANOS));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return nodes;
    }

    /**
     * Returns where {@code relative} ('/'-separated) lies under {@code root}.
     *
     * @throws FtpException when a server-supplied path would land outside {@code root}
     */
    static Path resolve(Path root, String relative) throws FtpException {
        return LocalPaths.resolveInside(root, relative);
    }

    /** Deletes {@code path}: a file, or a directory with everything in it. */
    static void delete(Path path) throws IOException {
        if (!Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Files.deleteIfExists(path);
            return;
        }
        List<Path> deepestFirst;
        try (Stream<Path> walk = Files.walk(path)) {
            deepestFirst = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path each : deepestFirst) {
            Files.delete(each);
        }
    }

    private static String relative(Path root, Path path) {
        return root.relativize(path).toString().replace(path.getFileSystem().getSeparator(),
                "/");
    }
}

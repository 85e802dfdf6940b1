package dev.ftpkit.server.internal.storage;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Reads what a listing shows: the entries of a directory, or one file. Blocking; call from
 * the file executor.
 *
 * <p>Known limitation: the whole listing is built in memory before it is sent, which is
 * fine up to hundreds of thousands of entries per directory.
 */
public final class DirectoryListing {

    private DirectoryListing() {
    }

    /**
     * Returns the entries of {@code path} sorted by name when it is a directory, or the file
     * alone when it is a file.
     *
     * @param withDotFiles whether names starting with "." are included (ls -a)
     * @throws StorageFailure 550 when the path is missing or outside the root
     */
    public static List<FileFacts> list(UserFileSystem files, VirtualPath path,
            boolean withDotFiles) throws StorageFailure {
        Path real = files.existing(path);
        try {
            if (!Files.isDirectory(real)) {
                return List.of(FileFacts.read(real, path.name()));
            }
            List<FileFacts> entries = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(real)) {
                for (Path entry : stream) {
                    String name = entry.getFileName().toString();
                    if ((withDotFiles || !name.startsWith(".")) && files.isVisible(entry)) {
                        addEntry(entries, entry, name);
                    }
                }
            }
            entries.sort(Comparator.comparing(FileFacts::name));
            return entries;
        } catch (IOException e) {
            throw StorageFailure.from(e, path);
        }
    }

    /**
     * Returns the entries of directory {@code directory} whose names match {@code pattern},
     * sorted by name. When more than {@code limit} match, returns the first {@code limit} by
     * name and says so; memory stays bounded by the limit however large the directory.
     *
     * @param withDotFiles whether wildcards may match names starting with "." (ls -a)
     * @throws StorageFailure 550 when the directory is missing, not a directory, or outside
     *     the root
     */
    public static Matches matching(UserFileSystem files, VirtualPath directory,
            NamePattern pattern, boolean withDotFiles, int limit) throws StorageFailure {
        Path real = files.directory(directory);
        TreeSet<String> kept = new TreeSet<>();
        int matched = 0;
        try {
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(real)) {
                for (Path entry : stream) {
                    String name = entry.getFileName().toString();
                    if (pattern.matches(name, withDotFiles) && files.isVisible(entry)) {
                        matched++;
                        kept.add(name);
                        if (kept.size() > limit) {
                            kept.pollLast();
                        }
                    }
                }
            }
            List<FileFacts> entries = new ArrayList<>(kept.size());
            for (String name : kept) {
                addEntry(entries, real.resolve(name), name);
            }
            return new Matches(entries, matched > limit);
        } catch (IOException e) {
            throw StorageFailure.from(e, directory);
        }
    }

    private static void addEntry(List<FileFacts> entries, Path entry, String name)
            throws IOException {
        try {
            entries.add(FileFacts.read(entry, name));
        } catch (NoSuchFileException e) {
            // Deleted between the directory read and the stat: it is simply gone.
        }
    }

    /**
     * The entries a pattern matched.
     *
     * @param entries the matching entries, sorted by name
     * @param truncated whether more matched than were kept
     */
    public record Matches(List<FileFacts> entries, boolean truncated) {
    }
}

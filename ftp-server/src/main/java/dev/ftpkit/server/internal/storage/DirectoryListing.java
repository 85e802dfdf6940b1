package dev.ftpkit.server.internal.storage;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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

    private static void addEntry(List<FileFacts> entries, Path entry, String name)
            throws IOException {
        try {
            entries.add(FileFacts.read(entry, name));
        } catch (NoSuchFileException e) {
            // Deleted between the directory read and the stat: it is simply gone.
        }
    }
}

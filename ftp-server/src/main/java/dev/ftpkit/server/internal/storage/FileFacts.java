package dev.ftpkit.server.internal.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Set;

/**
 * What a listing says about one file or directory, read once from the disk.
 *
 * @param name the name shown (the last name of the path, or the path a client asked for)
 * @param directory whether it is a directory
 * @param size the size in bytes; 0 for directories
 * @param modified the last modification time
 * @param permissions "rwxr-xr-x" style bits, from POSIX attributes or approximated
 * @param unique an identifier that stays the same for the same file (RFC 3659 7.5.2)
 * @param readable whether the server process can read it
 * @param writable whether the server process can write it
 */
public record FileFacts(String name, boolean directory, long size, Instant modified,
        String permissions, String unique, boolean readable, boolean writable) {

    /** Returns the facts of {@code path} (a link is followed), shown as {@code name}. */
    public static FileFacts read(Path path, String name) throws IOException {
        BasicFileAttributes basic = Files.readAttributes(path, BasicFileAttributes.class);
        boolean directory = basic.isDirectory();
        return new FileFacts(name, directory, directory ? 0 : basic.size(),
                basic.lastModifiedTime().toInstant(), permissions(path, directory),
                unique(basic, path), Files.isReadable(path), Files.isWritable(path));
    }

    private static String permissions(Path path, boolean directory) {
        try {
            Set<PosixFilePermission> posix =
                    Files.readAttributes(path, PosixFileAttributes.class).permissions();
            return PosixFilePermissions.toString(posix);
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system (Windows): show what the JVM can tell.
            String r = Files.isReadable(path) ? "r" : "-";
            String w = Files.isWritable(path) ? "w" : "-";
            String x = directory || Files.isExecutable(path) ? "x" : "-";
            return r + w + x + r + "-" + x + r + "-" + x;
        }
    }

    private static String unique(BasicFileAttributes basic, Path path) {
        Object key = basic.fileKey();
        // On Unix the file key is "(dev=…,ino=…)"; hashing keeps the fact short and opaque.
        int hash = key != null ? key.hashCode() : path.toAbsolutePath().hashCode();
        return Integer.toHexString(hash);
    }
}

package dev.ftpkit.client.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Builds trees of small random files and fingerprints trees for byte-for-byte comparison. */
public final class FileTrees {

    private FileTrees() {
    }

    /**
     * Writes {@code directories} × {@code filesPerDirectory} files of 0 to 4 KiB under
     * {@code root}, in directories nested two levels deep, names with spaces included.
     */
    public static void write(Path root, int directories, int filesPerDirectory, long seed)
            throws IOException {
        for (int d = 0; d < directories; d++) {
            Path directory = root.resolve("group " + (d % 3)).resolve("dir-" + d);
            for (int f = 0; f < filesPerDirectory; f++) {
                int size = (int) Math.floorMod(seed * 31 + d * 1009L + f * 7919L, 4097L);
                RandomFiles.write(directory.resolve("file " + f + ".bin"), size,
                        seed + d * 100_000L + f);
            }
        }
    }

    /** Returns every regular file under {@code root}: its relative path to its SHA-256. */
    public static Map<String, String> fingerprint(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(file -> files.put(
                    root.relativize(file).toString(), sha256(file)));
        }
        return files;
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}

package dev.ftpkit.client;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Places paths that a server named below a local directory, refusing any that would land
 * outside it.
 *
 * <p>A tree download turns names from listings into local paths. A name such as
 * {@code ..}, {@code /etc/cron.d/x}, {@code C:evil} or (on Windows) {@code ..\evil} would
 * otherwise write outside the directory the user chose: the mirror bugs of wget
 * (CVE-2014-4877), lftp and curl. {@link ListingParser} already drops names with '/' or NUL;
 * this is the check where the path is made, whatever the listing came from.
 */
public final class LocalPaths {

    private LocalPaths() {
    }

    /**
     * Returns {@code relative} ('/'-separated, as a tree walk builds it) below {@code root}.
     *
     * @throws FtpException when a segment is empty, "." or "..", absolute, holds a character
     *     the local file system cannot store, or is more than one segment to the local file
     *     system (a '\' on Windows)
     */
    public static Path resolveInside(Path root, String relative) throws FtpException {
        Path path = root;
        for (String segment : relative.split("/", -1)) {
            path = path.resolve(checked(root, relative, segment));
        }
        return path;
    }

    private static Path checked(Path root, String relative, String segment)
            throws FtpException {
        if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
            throw unsafe(root, relative, "an empty, \".\" or \"..\" segment");
        }
        Path local;
        try {
            local = root.getFileSystem().getPath(segment);
        } catch (InvalidPathException e) {
            throw unsafe(root, relative, "a character this file system cannot store");
        }
        if (local.isAbsolute() || local.getRoot() != null || local.getNameCount() != 1
                || local.getFileName().toString().equals("..")) {
            throw unsafe(root, relative, "a segment that is not one plain name here");
        }
        return local;
    }

    private static FtpException unsafe(Path root, String relative, String why) {
        return new FtpException("refusing to write \"" + relative.replaceAll("\\p{Cntrl}", "?")
                + "\" below " + root + ": the server named a path with " + why
                + ", which could land outside that directory");
    }
}

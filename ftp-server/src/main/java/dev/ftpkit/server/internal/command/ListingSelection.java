package dev.ftpkit.server.internal.command;

import dev.ftpkit.server.internal.command.ListingHandler.ListingArgument;
import dev.ftpkit.server.internal.storage.DirectoryListing;
import dev.ftpkit.server.internal.storage.FileFacts;
import dev.ftpkit.server.internal.storage.NamePattern;
import dev.ftpkit.server.internal.storage.StorageFailure;
import dev.ftpkit.server.internal.storage.UserFileSystem;
import dev.ftpkit.server.internal.storage.VirtualPath;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.util.List;
import java.util.Optional;

/**
 * What the argument of LIST or NLST selects: the entries of a directory, one file, or the
 * entries of a directory that match a wildcard pattern in the last name ("*.txt",
 * "sub/report-??.csv"), which is what the classic ftp client's mget and mdelete send.
 *
 * <p>Only the last name as written is a pattern: "*&#47;a.txt" names a directory called "*",
 * and the directory of a pattern is resolved and confined like any other path, ".." stopping
 * at the root. An existing file whose name contains wildcards is listed as itself, since
 * FTP gives the client no way to escape them. Blocking; call from the file executor.
 *
 * @param entries what to list, sorted by name
 * @param namePrefix what NLST puts before each name: the pattern's directory as written
 *     ("sub/", "../"), as vsftpd does, so that mget can fetch each name as given; empty
 *     when no pattern was expanded
 * @param truncated whether the pattern matched more than {@link #MAX_MATCHES} names and only
 *     the first of them by name are listed
 */
record ListingSelection(List<FileFacts> entries, String namePrefix, boolean truncated) {

    /**
     * The most names one pattern lists, which bounds the memory and the stat calls of one
     * command; far beyond what anyone fetches with one mget.
     */
    static final int MAX_MATCHES = 10_000;

    /** Returns what {@code argument} selects, a pattern listing at most {@code maxMatches}. */
    static ListingSelection select(UserFileSystem files, ListingArgument argument,
            int maxMatches) throws StorageFailure {
        VirtualPath path = files.resolve(argument.path());
        Optional<NamePattern> pattern = patternIn(argument.path(), path);
        if (pattern.isEmpty() || Files.exists(files.confined(path), LinkOption.NOFOLLOW_LINKS)) {
            return new ListingSelection(
                    DirectoryListing.list(files, path, argument.withDotFiles()), "", false);
        }

        DirectoryListing.Matches matches = DirectoryListing.matching(files, path.parent(),
                pattern.get(), argument.withDotFiles(), maxMatches);
        if (matches.entries().isEmpty()) {
            // vsftpd sends 226 and an empty listing here. We answer as for a missing path, on
            // LIST as on NLST, as pyftpdlib does: the pattern stands for the files it names,
            // and "ls *.nomatch" or mget then says why nothing came instead of nothing.
            throw StorageFailure.notFound(path);
        }
        return new ListingSelection(matches.entries(), directoryAsWritten(argument.path()),
                matches.truncated());
    }

    /**
     * Returns the pattern in the last name of {@code written}, provided that name is also
     * the last name of the resolved {@code path}: "*.txt/." and "x/*&#47;.." end in other
     * names and are plain paths.
     */
    private static Optional<NamePattern> patternIn(String written, VirtualPath path) {
        String lastName = written.substring(written.lastIndexOf('/') + 1);
        if (path.isRoot() || !lastName.equals(path.name())) {
            return Optional.empty();
        }
        return NamePattern.parse(lastName);
    }

    /** Returns the text before the last name, "//" as "/", and "./" as nothing, as vsftpd. */
    private static String directoryAsWritten(String written) {
        String directory = written.substring(0, written.lastIndexOf('/') + 1)
                .replaceAll("/{2,}", "/");
        return directory.equals("./") ? "" : directory;
    }
}

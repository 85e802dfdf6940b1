package dev.ftpkit.cli.transfer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

/**
 * What a mirror has to do, worked out from both trees before anything changes: the
 * directories to create, the files to copy, how many files are skipped as unchanged, the
 * destination's extras to delete, and the paths that are a file on one side and a directory
 * on the other.
 *
 * @param directoriesToCreate relative paths, parents before children
 * @param filesToCopy the source's files to copy, in path order
 * @param skipped the source's files left alone because the destination is not older
 * @param extras the topmost destination entries the source lacks (only with --delete)
 * @param conflicts destination entries of the other type than the source's at their path
 * @param sourceFiles how many files the source has
 */
record MirrorPlan(List<String> directoriesToCreate, List<TreeNode> filesToCopy, int skipped,
        List<TreeNode> extras, List<TreeNode> conflicts, int sourceFiles) {

    MirrorPlan {
        directoriesToCreate = List.copyOf(directoriesToCreate);
        filesToCopy = List.copyOf(filesToCopy);
        extras = List.copyOf(extras);
        conflicts = List.copyOf(conflicts);
    }

    /**
     * Plans the mirror of {@code source} onto {@code destination}.
     *
     * @param onlyNewer copy a file present on both sides only when the source's is newer
     * @param delete list the destination's entries the source lacks, to delete them
     */
    static MirrorPlan of(SortedMap<String, TreeNode> source,
            SortedMap<String, TreeNode> destination, boolean onlyNewer, boolean delete) {
        List<String> directories = new ArrayList<>();
        List<TreeNode> files = new ArrayList<>();
        List<TreeNode> conflicts = new ArrayList<>();
        int skipped = 0;
        int sourceFiles = 0;
        for (TreeNode node : source.values()) {
            TreeNode existing = destination.get(node.path());
            boolean conflict = existing != null && existing.directory() != node.directory();
            if (conflict) {
                conflicts.add(existing);
            }
            if (node.directory()) {
                if (existing == null || conflict) {
                    directories.add(node.path());
                }
                continue;
            }
            sourceFiles++;
            if (existing == null || conflict || !onlyNewer || isNewer(node, existing)) {
                files.add(node);
            } else {
                skipped++;
            }
        }
        List<TreeNode> extras = delete ? extras(source, destination, conflicts) : List.of();
        return new MirrorPlan(directories, files, skipped, extras, conflicts, sourceFiles);
    }

    /** Returns whether every file of the source is to be copied. */
    boolean copiesEverything() {
        return filesToCopy.size() == sourceFiles;
    }

    /**
     * Returns whether {@code source} was surely modified after {@code destination}: whether
     * its time starts where the destination's time span ends. Each time is a span as long
     * as its precision, which comes from where the time was read (LIST gives minutes or
     * days, MLSD and MDTM seconds, local files nanoseconds), never from its value; otherwise
     * a file uploaded in the same second it was saved would look newer forever. Without both
     * times, a different size decides.
     */
    static boolean isNewer(TreeNode source, TreeNode destination) {
        if (source.modified().isEmpty() || destination.modified().isEmpty()) {
            return source.size() != destination.size();
        }
        Instant from = source.modified().get();
        Instant destinationEnd = destination.modified().get()
                .plus(destination.precision().getDuration());
        return !from.isBefore(destinationEnd);
    }

    /**
     * Returns the destination entries the source lacks, without those inside another extra
     * or inside a conflicting directory: deleting that deletes them.
     */
    private static List<TreeNode> extras(SortedMap<String, TreeNode> source,
            SortedMap<String, TreeNode> destination, List<TreeNode> conflicts) {
        List<TreeNode> extras = new ArrayList<>();
        for (TreeNode node : destination.values()) {
            boolean covered = extras.stream().anyMatch(extra -> node.isInside(extra.path()))
                    || conflicts.stream().anyMatch(conflict -> node.isInside(conflict.path()));
            if (!source.containsKey(node.path()) && !covered) {
                extras.add(node);
            }
        }
        return extras;
    }
}

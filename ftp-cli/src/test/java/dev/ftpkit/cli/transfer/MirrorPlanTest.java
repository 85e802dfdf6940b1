package dev.ftpkit.cli.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MirrorPlanTest {

    private static final Instant T = Instant.parse("2025-03-01T10:15:30.250Z");

    @Test
    void emptyDestinationGetsEveryDirectoryAndFile() {
        MirrorPlan plan = MirrorPlan.of(tree(dir("a"), file("a/x", 1, T), dir("a/b"),
                file("top", 2, T)), tree(), false, false);

        assertThat(plan.directoriesToCreate()).containsExactly("a", "a/b");
        assertThat(plan.filesToCopy()).extracting(TreeNode::path).containsExactly("a/x", "top");
        assertThat(plan.copiesEverything()).isTrue();
    }

    @Test
    void withoutOnlyNewerEveryFileIsCopiedAgain() {
        MirrorPlan plan = MirrorPlan.of(tree(file("x", 1, T)),
                tree(file("x", 1, T.plusSeconds(60))), false, false);

        assertThat(plan.filesToCopy()).hasSize(1);
        assertThat(plan.skipped()).isZero();
    }

    @Test
    void onlyNewerSkipsFilesTheDestinationHasInANewerCopy() {
        MirrorPlan plan = MirrorPlan.of(
                tree(file("old", 1, T), file("changed", 1, T.plusSeconds(120)), file("new", 1, T)),
                tree(file("old", 1, T.plusSeconds(5)), file("changed", 1, T.plusSeconds(60))),
                true, false);

        assertThat(plan.filesToCopy()).extracting(TreeNode::path)
                .containsExactly("changed", "new");
        assertThat(plan.skipped()).isEqualTo(1);
        assertThat(plan.copiesEverything()).isFalse();
    }

    @ParameterizedTest(name = "source {0} ({1}), destination {2} ({3}): newer {4}")
    @CsvSource({
        // A local time against an MLSD time of the same second: not newer.
        "2025-03-01T10:15:30.250Z, NANOS, 2025-03-01T10:15:30Z, SECONDS, false",
        "2025-03-01T10:15:31.250Z, NANOS, 2025-03-01T10:15:30Z, SECONDS, true",
        // A LIST time has minutes only: within the same minute is not newer.
        "2025-03-01T10:15:59.900Z, NANOS, 2025-03-01T10:15:00Z, MINUTES, false",
        "2025-03-01T10:16:00.100Z, NANOS, 2025-03-01T10:15:00Z, MINUTES, true",
        "2025-03-01T10:15:00Z, MINUTES, 2025-03-01T10:15:30.5Z, NANOS, false",
        "2025-03-01T10:16:00Z, MINUTES, 2025-03-01T10:15:00Z, MINUTES, true",
        // A LIST line with a year has days only.
        "2025-03-01T23:59:00Z, NANOS, 2025-03-01T00:00:00Z, DAYS, false",
        "2025-03-02T00:00:00Z, NANOS, 2025-03-01T00:00:00Z, DAYS, true",
        // Two exact times.
        "2025-03-01T10:15:30.000000002Z, NANOS, 2025-03-01T10:15:30.000000001Z, NANOS, true",
        "2025-03-01T10:15:30.1Z, NANOS, 2025-03-01T10:15:30.2Z, NANOS, false"})
    void comparesTimesAtTheirPrecisions(Instant source, ChronoUnit sourcePrecision,
            Instant destination, ChronoUnit destinationPrecision, boolean newer) {
        assertThat(MirrorPlan.isNewer(file("x", 1, source, sourcePrecision),
                file("x", 1, destination, destinationPrecision))).isEqualTo(newer);
    }

    /**
     * A whole-minute time read from MLSD or a local file is still exact to the second: its
     * value says nothing of its precision.
     */
    @ParameterizedTest(name = "{0}: source {1}, destination {3}: newer {5}")
    @CsvSource({
        // Upload: the local copy is the source, the MLSD time the destination.
        "upload, 2025-03-01T10:20:40Z, NANOS, 2025-03-01T10:20:00Z, SECONDS, true",
        "upload, 2025-03-01T10:20:40Z, NANOS, 2025-03-01T10:20:01Z, SECONDS, true",
        "upload, 2025-03-01T10:20:00Z, NANOS, 2025-03-01T10:20:00Z, SECONDS, false",
        "upload, 2025-03-01T10:20:00.5Z, NANOS, 2025-03-01T10:20:00Z, SECONDS, false",
        // Download: the MLSD time is the source, the local copy the destination.
        "download, 2025-03-01T10:20:40Z, SECONDS, 2025-03-01T10:20:00Z, NANOS, true",
        "download, 2025-03-01T10:20:41Z, SECONDS, 2025-03-01T10:20:40.5Z, NANOS, true",
        "download, 2025-03-01T10:20:00Z, SECONDS, 2025-03-01T10:20:00Z, NANOS, false",
        "download, 2025-03-01T10:20:00Z, SECONDS, 2025-03-01T10:20:40Z, NANOS, false"})
    void wholeMinuteTimesKeepThePrecisionOfTheirSource(String direction, Instant source,
            ChronoUnit sourcePrecision, Instant destination, ChronoUnit destinationPrecision,
            boolean newer) {
        assertThat(MirrorPlan.isNewer(file("x", 1, source, sourcePrecision),
                file("x", 2, destination, destinationPrecision))).isEqualTo(newer);
    }

    @Test
    void withoutTimesADifferentSizeCountsAsNewer() {
        TreeNode source = TreeNode.file("x", 10, Optional.empty(), ChronoUnit.FOREVER);

        assertThat(MirrorPlan.isNewer(source, file("x", 10, T))).isFalse();
        assertThat(MirrorPlan.isNewer(source, file("x", 11, T))).isTrue();
    }

    @Test
    void deleteListsOnlyTheTopmostExtras() {
        MirrorPlan plan = MirrorPlan.of(tree(dir("keep"), file("keep/a", 1, T)),
                tree(dir("keep"), file("keep/a", 1, T), file("keep/stale", 1, T),
                        dir("gone"), dir("gone/deeper"), file("gone/deeper/f", 1, T)),
                true, true);

        assertThat(plan.extras()).extracting(TreeNode::path)
                .containsExactly("gone", "keep/stale");
    }

    @Test
    void extrasAreListedOnlyWithDelete() {
        MirrorPlan plan = MirrorPlan.of(tree(), tree(file("stale", 1, T)), false, false);

        assertThat(plan.extras()).isEmpty();
    }

    @Test
    void typeClashIsAConflictAndItsInsidesAreNoExtras() {
        MirrorPlan plan = MirrorPlan.of(tree(file("x", 1, T)),
                tree(dir("x"), file("x/inner", 1, T)), true, true);

        assertThat(plan.conflicts()).extracting(TreeNode::path).containsExactly("x");
        assertThat(plan.extras()).isEmpty();
        assertThat(plan.filesToCopy()).extracting(TreeNode::path).containsExactly("x");
    }

    @Test
    void similarNamesAreNotMistakenForChildren() {
        MirrorPlan plan = MirrorPlan.of(tree(), tree(dir("a"), file("a.txt", 1, T),
                file("a/b", 1, T)), false, true);

        assertThat(plan.extras()).extracting(TreeNode::path).containsExactly("a", "a.txt");
    }

    private static TreeNode file(String path, long size, Instant modified) {
        return file(path, size, modified, ChronoUnit.NANOS);
    }

    private static TreeNode file(String path, long size, Instant modified,
            ChronoUnit precision) {
        return TreeNode.file(path, size, Optional.of(modified), precision);
    }

    private static TreeNode dir(String path) {
        return TreeNode.directory(path);
    }

    private static SortedMap<String, TreeNode> tree(TreeNode... nodes) {
        SortedMap<String, TreeNode> tree = new TreeMap<>();
        Arrays.stream(nodes).forEach(node -> tree.put(node.path(), node));
        return tree;
    }
}

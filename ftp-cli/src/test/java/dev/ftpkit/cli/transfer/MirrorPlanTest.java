package dev.ftpkit.cli.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
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

    @ParameterizedTest(name = "source {0}, destination {1}: newer {2}")
    @CsvSource({
        // A local time against an MLSD time of the same second: not newer.
        "2025-03-01T10:15:30.250Z, 2025-03-01T10:15:30Z, false",
        "2025-03-01T10:15:31.250Z, 2025-03-01T10:15:30Z, true",
        // A LIST time has minutes only: within the same minute is not newer.
        "2025-03-01T10:15:59.900Z, 2025-03-01T10:15:00Z, false",
        "2025-03-01T10:16:00.100Z, 2025-03-01T10:15:00Z, true",
        "2025-03-01T10:15:00Z, 2025-03-01T10:15:30.5Z, false",
        // Two exact times.
        "2025-03-01T10:15:30.000000002Z, 2025-03-01T10:15:30.000000001Z, true",
        "2025-03-01T10:15:30.1Z, 2025-03-01T10:15:30.2Z, false"})
    void comparesTimesAtTheCoarserPrecision(Instant source, Instant destination, boolean newer) {
        assertThat(MirrorPlan.isNewer(file("x", 1, source), file("x", 1, destination)))
                .isEqualTo(newer);
    }

    @Test
    void withoutTimesADifferentSizeCountsAsNewer() {
        TreeNode source = TreeNode.file("x", 10, Optional.empty());

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
        return TreeNode.file(path, size, Optional.of(modified));
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

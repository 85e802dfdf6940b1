package dev.ftpkit.cli.transfer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ftpkit.client.FtpClient;
import dev.ftpkit.client.FtpException;
import dev.ftpkit.client.TreeTransferResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.SortedMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ftpkit mirror}: makes a directory tree on one side match the other. */
@Command(name = "mirror",
        description = {
            "Makes a directory tree here or on an FTP server match the other.",
            "",
            "Copies the directory tree SRC into DST, so that DST holds what SRC holds. One "
                    + "side is an ftp:// URL, the other a local directory: a URL first "
                    + "downloads, a URL second uploads. DST is created when missing.",
            "",
            "Files are copied over --parallel connections. --only-newer leaves alone the "
                    + "files whose copy is not older than the source; --delete removes what "
                    + "DST has and SRC lacks. Symbolic links are skipped.",
            "",
            // Short enough for one line at 80 columns, so that the URL can be pasted.
            "Example: ftpkit mirror --only-newer site/ ftp://alice@ftp.example.com/www/",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.HELP_OK, ExitCodes.HELP_FAILURE, ExitCodes.HELP_USAGE,
            ExitCodes.HELP_CONNECTION, ExitCodes.HELP_LOGIN, ExitCodes.HELP_NOT_FOUND})
public final class MirrorCommand extends RemoteCommand {

    @Parameters(index = "0", paramLabel = "SRC",
            description = "The tree to copy: an ftp:// URL or a local directory.")
    private String source;

    @Parameters(index = "1", paramLabel = "DST",
            description = "Where the copy goes: a local directory or an ftp:// URL.")
    private String destination;

    @Option(names = "--only-newer",
            description = "Copy a file that DST has only when SRC's is newer (each time as "
                    + "exact as its source: MLSD seconds, LIST minutes or days).")
    private boolean onlyNewer;

    @Option(names = "--delete",
            description = "Delete the files and directories DST has and SRC lacks.")
    private boolean delete;

    @Override
    int execute() throws IOException {
        boolean download = FtpUrl.looksLikeUrl(source);
        if (download == FtpUrl.looksLikeUrl(destination)) {
            throw usageError("one of SRC and DST must be an ftp:// URL and the other a local"
                    + " directory");
        }
        FtpUrl remote = url(download ? source : destination);
        int connections = options.parallel();

        try (FtpClient client = connect(remote)) {
            MirrorDirection direction = download
                    ? new MirrorDownload(client, clients(remote), remote, Path.of(destination))
                    : new MirrorUpload(client, clients(remote), Path.of(source), remote);
            long started = System.nanoTime();
            Outcome outcome = onlyNewer || delete ? planned(direction, connections)
                    : whole(direction, connections);
            report(direction, outcome, Duration.ofNanos(System.nanoTime() - started));
        }
        return ExitCodes.OK;
    }

    /** Copies the whole tree: no comparison is needed, FtpTreeTransfer does it all. */
    private static Outcome whole(MirrorDirection direction, int connections) throws IOException {
        TreeTransferResult copied = direction.copyAll(connections);
        return new Outcome(copied.files(), 0, 0, copied.bytes());
    }

    /** Compares both trees first, then copies what the plan says and deletes extras. */
    private Outcome planned(MirrorDirection direction, int connections) throws IOException {
        SortedMap<String, TreeNode> sourceTree = direction.walkSource();
        MirrorPlan plan = MirrorPlan.of(sourceTree, direction.walkDestination(), onlyNewer,
                delete);
        if (!plan.conflicts().isEmpty() && !delete) {
            TreeNode first = plan.conflicts().get(0);
            throw new FtpException("cannot mirror " + first.path() + ": it is a "
                    + (first.directory() ? "directory" : "file") + " in the destination but a "
                    + (first.directory() ? "file" : "directory") + " in the source; remove it,"
                    + " or mirror with --delete");
        }
        for (TreeNode conflict : plan.conflicts()) {
            direction.delete(conflict);
        }

        long bytes;
        int files;
        if (plan.copiesEverything()) {
            TreeTransferResult copied = direction.copyAll(connections);
            bytes = copied.bytes();
            files = copied.files();
        } else {
            direction.createDirectories(plan.directoriesToCreate());
            List<ParallelCopies.Copy> copies = plan.filesToCopy().stream()
                    .map(direction::copy).toList();
            bytes = ParallelCopies.run(direction.clients(), connections, copies);
            files = copies.size();
        }
        for (TreeNode extra : plan.extras()) {
            direction.delete(extra);
        }
        return new Outcome(files, plan.skipped(), plan.extras().size(), bytes);
    }

    private void report(MirrorDirection direction, Outcome outcome, Duration elapsed) {
        ObjectNode json = transferJson("mirror", direction.source(), direction.destination(),
                outcome.bytes(), elapsed);
        json.put("direction", direction.name());
        json.put("files", outcome.copied());
        json.put("skipped", outcome.skipped());
        json.put("deleted", outcome.deleted());
        result(json, "Mirrored " + direction.source() + " to " + direction.destination() + ": "
                + outcome.copied() + (outcome.copied() == 1 ? " file" : " files") + " copied, "
                + outcome.skipped() + " skipped, "
                + outcome.deleted() + " deleted, " + amount(outcome.bytes(), elapsed));
    }

    /** What a mirror did. */
    private record Outcome(int copied, int skipped, int deleted, long bytes) {
    }
}

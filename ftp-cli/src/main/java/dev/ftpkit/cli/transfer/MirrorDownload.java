package dev.ftpkit.cli.transfer;

import dev.ftpkit.client.FtpClient;
import dev.ftpkit.client.FtpClientBuilder;
import dev.ftpkit.client.FtpException;
import dev.ftpkit.client.FtpTreeTransfer;
import dev.ftpkit.client.TreeTransferResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;

/** A mirror from a server's directory into a local one. */
final class MirrorDownload implements MirrorDirection {

    private final FtpClient client;
    private final FtpClientBuilder clients;
    private final FtpUrl source;
    private final Path destination;

    /**
     * Creates the direction; {@code client} walks and {@code clients} connects the
     * connections of the copies.
     */
    MirrorDownload(FtpClient client, FtpClientBuilder clients, FtpUrl source, Path destination) {
        this.client = client;
        this.clients = clients;
        this.source = source;
        this.destination = destination;
    }

    @Override
    public String name() {
        return "download";
    }

    @Override
    public String source() {
        return source.redacted();
    }

    @Override
    public String destination() {
        return destination.toAbsolutePath().toString();
    }

    @Override
    public SortedMap<String, TreeNode> walkSource() throws IOException {
        requireDirectory();
        SortedMap<String, TreeNode> tree = RemoteTreeWalk.walk(client, source.path());
        // Refuse the whole mirror before anything is written if the server named a path
        // that would land outside the destination.
        for (String path : tree.keySet()) {
            LocalTree.resolve(destination, path);
        }
        return tree;
    }

    @Override
    public SortedMap<String, TreeNode> walkDestination() throws IOException {
        if (Files.exists(destination) && !Files.isDirectory(destination)) {
            throw new FtpException("cannot mirror into " + destination
                    + ": it is a file, not a directory");
        }
        return LocalTree.walk(destination);
    }

    @Override
    public TreeTransferResult copyAll(int connections) throws IOException {
        requireDirectory();
        return FtpTreeTransfer.using(clients, connections).download(source.path(), destination);
    }

    @Override
    public void createDirectories(Iterable<String> relative) throws IOException {
        Files.createDirectories(destination);
        for (String path : relative) {
            Files.createDirectories(LocalTree.resolve(destination, path));
        }
    }

    @Override
    public ParallelCopies.Copy copy(TreeNode file) {
        String remote = RemoteNames.join(source.path(), file.path());
        return connection -> connection.download(remote,
                LocalTree.resolve(destination, file.path()));
    }

    @Override
    public FtpClientBuilder clients() {
        return clients;
    }

    @Override
    public void delete(TreeNode node) throws IOException {
        LocalTree.delete(LocalTree.resolve(destination, node.path()));
    }

    /** Fails unless the source names a directory: vsftpd lists a missing one as empty. */
    private void requireDirectory() throws FtpException {
        if (!source.path().isEmpty() && !client.stat(source.path()).isDirectory()) {
            throw new FtpException("cannot mirror " + source.redacted()
                    + ": it is a file, not a directory; use ftpkit get");
        }
    }
}

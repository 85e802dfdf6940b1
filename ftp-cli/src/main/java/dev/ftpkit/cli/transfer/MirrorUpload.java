package dev.ftpkit.cli.transfer;

import dev.ftpkit.client.FtpClient;
import dev.ftpkit.client.FtpClientBuilder;
import dev.ftpkit.client.FtpException;
import dev.ftpkit.client.FtpFileNotFoundException;
import dev.ftpkit.client.FtpTreeTransfer;
import dev.ftpkit.client.TreeTransferResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;

/** A mirror from a local directory to a server's. */
final class MirrorUpload implements MirrorDirection {

    private final FtpClient client;
    private final FtpClientBuilder clients;
    private final Path source;
    private final FtpUrl destination;

    /**
     * Creates the direction; {@code client} walks and changes the destination, and
     * {@code clients} connects the connections of the copies.
     */
    MirrorUpload(FtpClient client, FtpClientBuilder clients, Path source, FtpUrl destination) {
        this.client = client;
        this.clients = clients;
        this.source = source;
        this.destination = destination;
    }

    @Override
    public String name() {
        return "upload";
    }

    @Override
    public String source() {
        return source.toAbsolutePath().toString();
    }

    @Override
    public String destination() {
        return destination.redacted();
    }

    @Override
    public SortedMap<String, TreeNode> walkSource() throws IOException {
        requireDirectory();
        return LocalTree.walk(source);
    }

    @Override
    public SortedMap<String, TreeNode> walkDestination() throws IOException {
        try {
            if (!destination.path().isEmpty()
                    && !client.stat(destination.path()).isDirectory()) {
                throw new FtpException("cannot mirror into " + destination.redacted()
                        + ": it is a file, not a directory");
            }
        } catch (FtpFileNotFoundException e) {
            return new TreeMap<>();
        }
        return RemoteTreeWalk.walk(client, destination.path());
    }

    @Override
    public TreeTransferResult copyAll(int connections) throws IOException {
        requireDirectory();
        return FtpTreeTransfer.using(clients, connections).upload(source, destination.path());
    }

    @Override
    public void createDirectories(Iterable<String> relative) throws IOException {
        if (!destination.path().isEmpty()) {
            client.makeDirectories(destination.path());
        }
        for (String path : relative) {
            client.makeDirectories(RemoteNames.join(destination.path(), path));
        }
    }

    @Override
    public ParallelCopies.Copy copy(TreeNode file) {
        String remote = RemoteNames.join(destination.path(), file.path());
        return connection -> connection.upload(LocalTree.resolve(source, file.path()), remote);
    }

    @Override
    public FtpClientBuilder clients() {
        return clients;
    }

    @Override
    public void delete(TreeNode node) throws IOException {
        String remote = RemoteNames.join(destination.path(), node.path());
        if (node.directory()) {
            client.removeRecursively(remote);
        } else {
            client.delete(remote);
        }
    }

    private void requireDirectory() throws IOException {
        if (!Files.exists(source)) {
            throw new NoSuchFileException(source.toString());
        }
        if (!Files.isDirectory(source)) {
            throw new FtpException("cannot mirror " + source + ": it is a file, not a"
                    + " directory; use ftpkit put");
        }
    }
}

package dev.ftpkit.cli.transfer;

import dev.ftpkit.client.FtpClient;
import dev.ftpkit.client.FtpEntry;
import dev.ftpkit.client.FtpException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.SortedMap;
import java.util.TreeMap;

/** Walks a directory tree on a server, one listing per directory. */
final class RemoteTreeWalk {

    private RemoteTreeWalk() {
    }

    /**
     * Returns the files and directories under {@code root} by relative path. Symbolic links
     * and other entries are left out, as FtpTreeTransfer leaves them out.
     *
     * @throws dev.ftpkit.client.FtpFileNotFoundException when {@code root} does not exist
     */
    static SortedMap<String, TreeNode> walk(FtpClient client, String root) throws FtpException {
        SortedMap<String, TreeNode> nodes = new TreeMap<>();
        Deque<String> pending = new ArrayDeque<>();
        pending.add("");
        while (!pending.isEmpty()) {
            String relative = pending.poll();
            if (!relative.isEmpty() && relative.split("/").length > LocalTree.MAX_DEPTH) {
                throw new FtpException("cannot mirror " + root + ": more than "
                        + LocalTree.MAX_DEPTH + " levels deep at " + relative + "; is the"
                        + " server listing a directory inside itself?");
            }
            String directory = relative.isEmpty() ? root : RemoteNames.join(root, relative);
            for (FtpEntry entry : client.list(directory)) {
                String path = relative.isEmpty() ? entry.name() : relative + "/" + entry.name();
                if (entry.isDirectory()) {
                    nodes.put(path, TreeNode.directory(path));
                    pending.add(path);
                } else if (entry.isFile()) {
                    nodes.put(path, TreeNode.file(path, entry.size(), entry.modified(),
                            entry.modifiedPrecision()));
                }
            }
        }
        return nodes;
    }
}

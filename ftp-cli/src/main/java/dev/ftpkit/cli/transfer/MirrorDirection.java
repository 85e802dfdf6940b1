package dev.ftpkit.cli.transfer;

import dev.ftpkit.client.FtpClientBuilder;
import dev.ftpkit.client.TreeTransferResult;
import java.io.IOException;
import java.util.SortedMap;

/**
 * One direction of a mirror, from the server or to it: how to walk each side, copy the
 * whole tree, copy one file, and change the destination.
 */
interface MirrorDirection {

    /** Returns "download" or "upload". */
    String name();

    /** Returns the source as it may be printed (a URL without its password, or a path). */
    String source();

    /** Returns the destination as it may be printed. */
    String destination();

    /**
     * Returns the source's files and directories.
     *
     * @throws IOException when the source is not an existing directory
     */
    SortedMap<String, TreeNode> walkSource() throws IOException;

    /** Returns the destination's files and directories; empty when it does not exist yet. */
    SortedMap<String, TreeNode> walkDestination() throws IOException;

    /** Copies the whole source tree with FtpTreeTransfer over {@code connections}. */
    TreeTransferResult copyAll(int connections) throws IOException;

    /** Creates the destination's top directory, and {@code relative} paths below it. */
    void createDirectories(Iterable<String> relative) throws IOException;

    /** Returns the copy of the source's {@code file} to the destination. */
    ParallelCopies.Copy copy(TreeNode file);

    /** Returns the builder that connects the connections of copies to the server. */
    FtpClientBuilder clients();

    /** Deletes {@code node} from the destination, with everything in it. */
    void delete(TreeNode node) throws IOException;
}

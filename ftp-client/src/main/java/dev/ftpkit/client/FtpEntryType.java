package dev.ftpkit.client;

/** What a directory entry is. */
public enum FtpEntryType {
    /** A regular file. */
    FILE,
    /** A directory. */
    DIRECTORY,
    /** A symbolic link; {@link FtpEntry#linkTarget()} holds its target when the server said. */
    SYMBOLIC_LINK,
    /** Anything else: a device, a pipe, a socket, or a type the server named but we do not know. */
    OTHER
}

package dev.ftpkit.cli.transfer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ftpkit.client.FtpClient;
import dev.ftpkit.client.FtpEntry;
import dev.ftpkit.client.FtpException;
import dev.ftpkit.client.FtpFileNotFoundException;
import dev.ftpkit.client.FtpReplyException;
import dev.ftpkit.client.FtpTreeTransfer;
import dev.ftpkit.client.PartialDownload;
import dev.ftpkit.client.TreeTransferResult;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ftpkit get}: downloads a file, or with -r a directory tree. */
@Command(name = "get",
        description = {
            "Downloads a file, or with -r a directory, from an FTP server.",
            "",
            "Downloads the file a URL names. LOCAL may be a file name, a directory to put the "
                    + "file in, or '-' for standard output; without it the file lands in the "
                    + "current directory under its own name.",
            "",
            "A failed download leaves what arrived, and -c completes it later; but a file that "
                    + "existed before stays as it was until the new copy is complete. With -r "
                    + "a directory is copied with everything in it, over --parallel "
                    + "connections.",
            "",
            "Example: ftpkit get -c ftp://alice@ftp.example.com/inbox/big.iso",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.HELP_OK, ExitCodes.HELP_FAILURE, ExitCodes.HELP_USAGE,
            ExitCodes.HELP_CONNECTION, ExitCodes.HELP_LOGIN, ExitCodes.HELP_NOT_FOUND})
public final class GetCommand extends RemoteCommand {

    private static final String STDOUT = "-";

    @Parameters(index = "0", paramLabel = "URL",
            description = "ftp://[user[:password]@]host[:port]/path of the file or directory.")
    private String url;

    @Parameters(index = "1", arity = "0..1", paramLabel = "LOCAL",
            description = "Where to save it: a file, a directory, or '-' for standard output.")
    private String local;

    @Option(names = {"-c", "--continue"},
            description = "Resume: keep the local file and fetch only the bytes it lacks "
                    + "(REST).")
    private boolean resume;

    @Option(names = {"-r", "--recursive"},
            description = "Download a directory with everything in it.")
    private boolean recursive;

    @Override
    int execute() throws IOException {
        FtpUrl source = url(url);
        if (STDOUT.equals(local) && (resume || recursive)) {
            throw usageError("'-' (standard output) cannot be combined with -c or -r");
        }
        if (resume && recursive) {
            throw usageError("-c resumes one file; it cannot be combined with -r");
        }
        if (recursive) {
            return downloadTree(source);
        }
        String name = RemoteNames.name(source.path());
        if (RemoteNames.isDirectoryForm(source.path())) {
            throw isADirectory(source.redacted(), "download");
        }

        try (FtpClient client = connect(source)) {
            if (STDOUT.equals(local)) {
                return toStandardOutput(client, source, name);
            }
            return toFile(client, source, localFile(name));
        }
    }

    private int toFile(FtpClient client, FtpUrl source, Path target) throws IOException {
        long offset = resume && Files.exists(target) ? Files.size(target) : 0;
        long total = resume ? size(client, source)
                : showsProgress() ? sizeOrUnknown(client, source.path()) : -1;
        if (resume && offset > total) {
            throw new FtpException("cannot resume " + source.redacted() + " into " + target
                    + ": the local file has " + offset + " bytes, the remote one only "
                    + total + "; remove the local file or download without -c");
        }
        if (resume && offset == total) {
            result(fileJson(source, target, 0, Duration.ZERO, offset),
                    "Already complete: " + target + " (" + Units.bytes(total) + ")");
            return ExitCodes.OK;
        }

        long started = System.nanoTime();
        long bytes = offset == 0 && Files.exists(target)
                ? replace(client, source, target, total)
                : copy(client, source, offset,
                        () -> progress(target.getFileName().toString(), total, offset),
                        () -> Files.newOutputStream(target, StandardOpenOption.CREATE,
                                offset > 0 ? StandardOpenOption.APPEND
                                        : StandardOpenOption.TRUNCATE_EXISTING,
                                StandardOpenOption.WRITE));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

        result(fileJson(source, target, bytes, elapsed, offset), "Downloaded " + source.path()
                + " to " + target + ": " + amount(bytes, elapsed)
                + (offset > 0 ? ", resumed at byte " + offset : ""));
        return ExitCodes.OK;
    }

    /**
     * Downloads over an existing file through a hidden partial one, moved over it only once
     * the server confirmed the transfer: a download that fails midway must not destroy the
     * old copy. A new file is written in place instead, so that -c can complete it.
     */
    private long replace(FtpClient client, FtpUrl source, Path target, long total)
            throws IOException {
        try (PartialDownload partial = PartialDownload.beside(target)) {
            long bytes = copy(client, source, 0,
                    () -> progress(target.getFileName().toString(), total, 0), partial::open);
            partial.commit();
            return bytes;
        }
    }

    private static ObjectNode fileJson(FtpUrl source, Path target, long bytes,
            Duration elapsed, long resumedFrom) {
        ObjectNode json = transferJson("get", source.redacted(),
                target.toAbsolutePath().toString(), bytes, elapsed);
        json.put("resumedFrom", resumedFrom);
        return json;
    }

    private int toStandardOutput(FtpClient client, FtpUrl source, String name)
            throws IOException {
        long total = showsProgress() ? sizeOrUnknown(client, source.path()) : -1;
        long started = System.nanoTime();
        // Binary data goes to the process's own stdout, not picocli's character writer.
        long bytes = copy(client, source, 0, () -> progress(name, total, 0),
                () -> new NoClose(System.out));
        System.out.flush();
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

        if (!options.quiet()) {
            // Standard output holds the file; the summary can only go to standard error.
            PrintWriter err = err();
            err.println(options.json()
                    ? Json.write(transferJson("get", source.redacted(), STDOUT, bytes, elapsed))
                    : "Downloaded " + source.path() + ": " + amount(bytes, elapsed));
            err.flush();
        }
        return ExitCodes.OK;
    }

    /** Opens where the bytes go; called only once the server has started sending. */
    @FunctionalInterface
    private interface Destination {
        OutputStream open() throws IOException;
    }

    private long copy(FtpClient client, FtpUrl source, long offset,
            Supplier<TransferProgress> progressOnceStarted, Destination destination)
            throws IOException {
        // The RETR starts before the local file is touched: a file that does not exist on
        // the server must not truncate or create one here, nor draw a bar.
        try (InputStream in = retrieve(client, source, offset)) {
            TransferProgress progress = progressOnceStarted.get();
            try (OutputStream out = CountingStreams.counting(destination.open(), progress)) {
                return in.transferTo(out);
            } finally {
                progress.finish();
            }
        }
    }

    private InputStream retrieve(FtpClient client, FtpUrl source, long offset)
            throws FtpException {
        try {
            return client.openInputStream(source.path(), offset);
        } catch (FtpFileNotFoundException e) {
            throw directoryOr(client, source, e);
        }
    }

    private int downloadTree(FtpUrl source) throws IOException {
        String name = RemoteNames.name(source.path());
        if (!source.path().isEmpty()) {
            try (FtpClient client = connect(source)) {
                if (!client.stat(source.path()).isDirectory()) {
                    return toFile(client, source, localFile(name));
                }
            }
        }
        if (name.isEmpty() && local == null) {
            throw usageError("name the local directory to download the login directory into");
        }
        Path target = local == null ? Path.of(name)
                : Files.isDirectory(Path.of(local)) && !name.isEmpty()
                        ? Path.of(local).resolve(name) : Path.of(local);

        TreeTransferResult copied = FtpTreeTransfer.using(clients(source), options.parallel())
                .download(source.path(), target);

        ObjectNode json = transferJson("get", source.redacted(),
                target.toAbsolutePath().toString(), copied.bytes(), copied.elapsed());
        json.put("files", copied.files());
        json.put("directories", copied.directories());
        result(json, "Downloaded " + (name.isEmpty() ? "the login directory" : name) + " to "
                + target + ": " + copied.files() + " files, " + copied.directories()
                + " directories, " + amount(copied.bytes(), copied.elapsed()));
        return ExitCodes.OK;
    }

    private Path localFile(String name) {
        if (local == null) {
            return Path.of(name);
        }
        Path path = Path.of(local);
        return Files.isDirectory(path) ? path.resolve(name) : path;
    }

    private static long size(FtpClient client, FtpUrl source) throws FtpException {
        try {
            return client.size(source.path());
        } catch (FtpFileNotFoundException e) {
            throw directoryOr(client, source, e);
        }
    }

    /** Returns the size, or -1 when the server will not say; the RETR reports real errors. */
    private static long sizeOrUnknown(FtpClient client, String path) throws FtpException {
        try {
            return client.size(path);
        } catch (FtpReplyException e) {
            return -1;
        }
    }

    /**
     * Returns the failure to report for a 550 on {@code source}: "is a directory" when it
     * is one (servers answer RETR of a directory with 550 too), else {@code notFound}.
     */
    private static FtpException directoryOr(FtpClient client, FtpUrl source,
            FtpFileNotFoundException notFound) {
        try {
            FtpEntry entry = client.stat(source.path());
            return entry.isDirectory() ? isADirectory(source.redacted(), "download") : notFound;
        } catch (FtpException e) {
            return notFound;
        }
    }

    /** Keeps a wrapped stream open when the copy closes its end: System.out stays usable. */
    private static final class NoClose extends FilterOutputStream {

        NoClose(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}

package dev.ftpkit.cli.transfer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ftpkit.client.FtpClient;
import dev.ftpkit.client.FtpFileNotFoundException;
import dev.ftpkit.client.FtpTreeTransfer;
import dev.ftpkit.client.TreeTransferResult;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ftpkit put}: uploads a file, or with -r a directory tree. */
@Command(name = "put",
        description = {
            "Uploads a file, or with -r a directory, to an FTP server.",
            "",
            "Uploads a local file to the path a URL names. A URL ending in '/', or naming an "
                    + "existing directory, receives the file under its own name. LOCAL '-' "
                    + "reads standard input.",
            "",
            "--temp-name uploads to a hidden temporary name and renames it once the server "
                    + "confirmed the upload, so nobody sees half a file. -c completes an "
                    + "upload cut short (REST STOR, or APPE). With -r a directory is copied "
                    + "with everything in it, over --parallel connections.",
            "",
            "Example: ftpkit put --temp-name report.csv ftp://alice@ftp.example.com/outbox/",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.HELP_OK, ExitCodes.HELP_FAILURE, ExitCodes.HELP_USAGE,
            ExitCodes.HELP_CONNECTION, ExitCodes.HELP_LOGIN, ExitCodes.HELP_NOT_FOUND})
public final class PutCommand extends RemoteCommand {

    private static final String STDIN = "-";

    @Parameters(index = "0", paramLabel = "LOCAL",
            description = "The file or directory to upload, or '-' for standard input.")
    private String local;

    @Parameters(index = "1", paramLabel = "URL",
            description = "ftp://[user[:password]@]host[:port]/path to upload to.")
    private String url;

    @Option(names = {"-c", "--continue"},
            description = "Resume: send only what the remote file lacks.")
    private boolean resume;

    @Option(names = "--temp-name",
            description = "Upload to a temporary name, then rename it to the real one.")
    private boolean temporaryName;

    @Option(names = {"-r", "--recursive"},
            description = "Upload a directory with everything in it.")
    private boolean recursive;

    @Override
    int execute() throws IOException {
        FtpUrl target = url(url);
        checkOptions();
        if (STDIN.equals(local)) {
            return fromStandardInput(target);
        }
        Path source = Path.of(local);
        if (!Files.exists(source)) {
            throw new NoSuchFileException(local);
        }
        if (Files.isDirectory(source)) {
            if (!recursive) {
                throw isADirectory(local, "upload");
            }
            return uploadTree(source, target);
        }
        return uploadFile(source, target);
    }

    private int uploadFile(Path source, FtpUrl target) throws IOException {
        try (FtpClient client = connect(clients(target).temporaryUploadNames(temporaryName))) {
            String remote = remotePath(client, target, source.getFileName().toString());
            long started = System.nanoTime();
            long bytes = resume ? client.resumeUpload(source, remote)
                    : upload(client, Files.newInputStream(source), remote,
                            progress(source.getFileName().toString(), Files.size(source), 0));
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            // What the server had before: resumeUpload sends the rest of the local file.
            long resumedFrom = resume ? Files.size(source) - bytes : 0;

            FtpUrl uploaded = target.withPath(remote);
            ObjectNode json = transferJson("put", source.toAbsolutePath().toString(),
                    uploaded.redacted(), bytes, elapsed);
            json.put("resumed", resume);
            json.put("resumedFrom", resumedFrom);
            result(json, "Uploaded " + local + " to " + remote + ": " + amount(bytes, elapsed)
                    + (resume ? ", resumed at byte " + resumedFrom : ""));
            return ExitCodes.OK;
        }
    }

    private void checkOptions() {
        if (resume && temporaryName) {
            throw usageError("-c appends to the real name, so it cannot be combined with"
                    + " --temp-name");
        }
        if (resume && (recursive || STDIN.equals(local))) {
            throw usageError("-c resumes one local file; it cannot be combined with -r or '-'");
        }
    }

    private int fromStandardInput(FtpUrl target) throws IOException {
        if (RemoteNames.isDirectoryForm(target.path())) {
            throw usageError("standard input has no name: end the URL with a file name");
        }
        try (FtpClient client = connect(clients(target).temporaryUploadNames(temporaryName))) {
            long started = System.nanoTime();
            long bytes = upload(client, new NoClose(System.in), target.path(),
                    progress(RemoteNames.name(target.path()), -1, 0));
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            result(transferJson("put", STDIN, target.redacted(), bytes, elapsed),
                    "Uploaded standard input to " + target.path() + ": "
                            + amount(bytes, elapsed));
            return ExitCodes.OK;
        }
    }

    private static long upload(FtpClient client, InputStream source, String remote,
            TransferProgress progress) throws IOException {
        try (InputStream in = CountingStreams.counting(source, progress)) {
            return client.upload(in, remote);
        } finally {
            progress.finish();
        }
    }

    private int uploadTree(Path source, FtpUrl target) throws IOException {
        String remote;
        try (FtpClient client = connect(target)) {
            remote = remotePath(client, target, source.toAbsolutePath().normalize()
                    .getFileName().toString());
        }

        TreeTransferResult copied = FtpTreeTransfer.using(
                clients(target).temporaryUploadNames(temporaryName), options.parallel())
                .upload(source, remote);

        ObjectNode json = transferJson("put", source.toAbsolutePath().toString(),
                target.withPath(remote).redacted(), copied.bytes(), copied.elapsed());
        json.put("files", copied.files());
        json.put("directories", copied.directories());
        result(json, "Uploaded " + local + " to " + remote + ": " + copied.files()
                + " files, " + copied.directories() + " directories, "
                + amount(copied.bytes(), copied.elapsed()));
        return ExitCodes.OK;
    }

    /**
     * Returns where {@code name} goes: into the URL's directory when the URL ends in '/' or
     * names an existing directory, else to the URL's path itself.
     */
    private static String remotePath(FtpClient client, FtpUrl target, String name)
            throws IOException {
        String path = target.path();
        if (RemoteNames.isDirectoryForm(path)) {
            return RemoteNames.join(path, name);
        }
        try {
            return client.stat(path).isDirectory() ? RemoteNames.join(path, name) : path;
        } catch (FtpFileNotFoundException e) {
            return path;
        }
    }

    /** Keeps standard input open when the upload closes its end. */
    private static final class NoClose extends FilterInputStream {

        NoClose(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // Standard input belongs to the process; closing it gains nothing here.
        }
    }
}

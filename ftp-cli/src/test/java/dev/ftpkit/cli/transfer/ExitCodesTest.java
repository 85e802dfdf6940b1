package dev.ftpkit.cli.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.ftpkit.client.FtpConnectionException;
import dev.ftpkit.client.FtpDataConnectionException;
import dev.ftpkit.client.FtpException;
import dev.ftpkit.client.FtpFileNotFoundException;
import dev.ftpkit.client.FtpLoginException;
import dev.ftpkit.client.FtpReplyException;
import dev.ftpkit.client.FtpTransferException;
import dev.ftpkit.protocol.reply.Reply;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExitCodesTest {

    private static final Reply NOT_FOUND = Reply.of(550, "No such file");

    static Stream<Arguments> failures() {
        return Stream.of(
                arguments("login refused",
                        new FtpLoginException("PASS ****", Reply.of(530, "Login incorrect")), 4),
                arguments("no password found",
                        new CredentialResolver.MissingPasswordException("alice",
                                FtpUrl.parse("ftp://alice@host/")), 4),
                arguments("remote file missing",
                        new FtpFileNotFoundException("RETR a", "a", NOT_FOUND), 5),
                arguments("local file missing", new NoSuchFileException("a.txt"), 5),
                arguments("cannot connect", new FtpConnectionException("cannot connect"), 3),
                arguments("server ended the session", new FtpConnectionException("ended",
                        Reply.of(421, "Timeout")), 3),
                arguments("netrc malformed", new Netrc.NetrcSyntaxException("line 1"), 2),
                arguments("netrc named but missing",
                        new CredentialResolver.NetrcFileMissingException(Path.of("nofile")), 2),
                arguments("550 permission denied", new FtpFileNotFoundException("RETR a", "a",
                        Reply.of(550, "a: Permission denied")), 5),
                arguments("550 to STOR into a missing directory", new FtpReplyException(
                        "STOR /nodir/x", Reply.of(550, "/nodir: No such file or directory")), 5),
                arguments("550 to MKD without its parent", new FtpReplyException("MKD a/b/c",
                        Reply.of(550, "a/b: No such file or directory")), 5),
                arguments("command refused", new FtpReplyException("RNTO a",
                        Reply.of(553, "not allowed")), 1),
                arguments("550 inside a tree wrapper", new FtpException("tree failed",
                        new FtpReplyException("MKD a", Reply.of(550, "exists"))), 5),
                arguments("transfer aborted", new FtpTransferException("RETR a",
                        Reply.of(426, "aborted")), 1),
                arguments("data connection timed out", new FtpDataConnectionException(
                        "no data", new SocketTimeoutException("read timed out")), 1),
                arguments("local write refused", new AccessDeniedException("a.txt"), 1),
                arguments("plain I/O error", new IOException("disk full"), 1),
                arguments("programming error", new IllegalStateException("bug"), 1),
                arguments("tree wrapper around not found", new FtpException("tree failed",
                        new FtpFileNotFoundException("RETR a", "a", NOT_FOUND)), 5),
                arguments("tree wrapper around lost connection", new FtpException(
                        "tree failed", new FtpConnectionException("closed")), 3),
                arguments("specific failure is not looked through", new FtpTransferException(
                        "RETR a", Reply.of(226, "ok"), new FtpConnectionException("odd")), 1));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("failures")
    void mapsEachClassOfFailureToItsExitCode(String situation, Throwable failure, int code) {
        assertThat(ExitCodes.of(failure)).isEqualTo(code);
    }
}

package dev.ftpkit.cli.transfer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ftpkit.client.FtpConnectionException;
import dev.ftpkit.client.FtpReplyException;
import dev.ftpkit.protocol.reply.Reply;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.util.Optional;

/**
 * What went wrong, for the person or the script that ran the command: the message, the
 * command and reply when the server refused something, and what the reply code means.
 *
 * @param message the failure's message, which names the culprit
 * @param command the command the server refused, PASS masked, when there is one
 * @param reply the server's reply, when there is one
 * @param explanation what the reply code means and usually causes, or what to check
 * @param exitCode the process's exit code, from {@link ExitCodes#of}
 */
record ErrorReport(String message, Optional<String> command, Optional<Reply> reply,
        String explanation, int exitCode) {

    /** Returns the report on {@code failure}. */
    static ErrorReport of(Throwable failure) {
        int exitCode = ExitCodes.of(failure);
        Optional<FtpReplyException> refused = find(failure, FtpReplyException.class);
        if (refused.isPresent()) {
            return new ErrorReport(message(failure), Optional.of(refused.get().command()),
                    Optional.of(refused.get().reply()), refused.get().explanation(), exitCode);
        }
        Optional<Reply> closing = find(failure, FtpConnectionException.class)
                .flatMap(FtpConnectionException::reply);
        return new ErrorReport(message(failure), Optional.empty(), closing,
                closing.map(reply -> VerboseTranscript.meaning(reply.code()))
                        .orElseGet(() -> advice(failure, exitCode)),
                exitCode);
    }

    /** Returns the report as the JSON object scripts read. */
    ObjectNode toJson() {
        ObjectNode root = Json.object();
        ObjectNode error = root.putObject("error");
        error.put("message", message);
        reply.ifPresentOrElse(r -> error.put("code", r.code()), () -> error.putNull("code"));
        reply.ifPresentOrElse(r -> error.put("text", r.text()), () -> error.putNull("text"));
        error.put("explanation", explanation);
        command.ifPresentOrElse(c -> error.put("command", c), () -> error.putNull("command"));
        root.put("exitCode", exitCode);
        return root;
    }

    /**
     * Returns the report as lines for standard error, after "ftpkit NAME: ": the message,
     * then one line on what the reply code means and where to read more, or the advice.
     */
    String toText() {
        if (reply.isPresent()) {
            int code = reply.get().code();
            return message + "\n  " + VerboseTranscript.meaning(code) + " Causes and remedies:"
                    + " ftpkit explain " + code;
        }
        return message + (explanation.isEmpty() ? "" : "\n  " + explanation);
    }

    private static String advice(Throwable failure, int exitCode) {
        if (find(failure, NoSuchFileException.class).isPresent()) {
            return "The local file or directory does not exist; check the path.";
        }
        return switch (exitCode) {
            case ExitCodes.CONNECTION -> "The server could not be reached or stopped answering:"
                    + " check the host and port, that the server runs, and that no firewall"
                    + " drops the connection; --timeout waits longer.";
            default -> "";
        };
    }

    private static String message(Throwable failure) {
        // The file system's exceptions carry only the path as their message.
        if (failure instanceof NoSuchFileException missing) {
            return "no such file or directory: " + missing.getFile();
        }
        if (failure instanceof AccessDeniedException denied) {
            return "permission denied: " + denied.getFile();
        }
        if (failure instanceof FileAlreadyExistsException exists) {
            return "already exists: " + exists.getFile();
        }
        return failure.getMessage() != null ? failure.getMessage() : failure.toString();
    }

    private static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return Optional.of(type.cast(cause));
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }
}

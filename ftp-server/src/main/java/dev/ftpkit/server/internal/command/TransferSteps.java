package dev.ftpkit.server.internal.command;

import dev.ftpkit.server.FtpServerConfig;
import dev.ftpkit.server.internal.session.FtpSession;
import dev.ftpkit.server.internal.session.RunningCommand;
import dev.ftpkit.server.internal.storage.StorageFailure;
import dev.ftpkit.server.internal.storage.VirtualPath;
import dev.ftpkit.server.internal.transfer.DataConnectionSource;
import dev.ftpkit.server.internal.transfer.Transfer;
import io.netty.channel.Channel;
import java.io.IOException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The steps every transfer takes, shared by RETR, STOR/STOU/APPE and the listings: take the
 * prepared data connection, open it (425 when it does not come), send 150, move the data,
 * and end with exactly one final reply: 226, or 426 when the connection broke, moved no data
 * for the idle timeout, or ABOR came, or the failure's own reply (451, 550, 552 ...). A
 * success reply is never sent for a transfer that failed.
 */
final class TransferSteps {

    private static final Logger log = LoggerFactory.getLogger(TransferSteps.class);

    private TransferSteps() {
    }

    /** Registers the transfer of {@code command}, which takes over the prepared connection. */
    static Transfer begin(RunningCommand command, VirtualPath path) {
        FtpSession session = command.session();
        DataConnectionSource source = session.takePendingData().orElseThrow(() ->
                new IllegalStateException(session.id() + " state says a data connection is"
                        + " prepared but the session holds none"));
        Transfer transfer = new Transfer(command.verb().orElseThrow(), path, source);
        session.startTransfer(transfer);
        return transfer;
    }

    /**
     * Opens the data connection; once open, sends 150 with {@code opening} and hands the
     * channel to {@code onOpen}. When it cannot be opened, runs {@code cleanup} and ends
     * the transfer with 425 (or 426 after ABOR).
     */
    static void connect(RunningCommand command, Transfer transfer, String opening,
            Runnable cleanup, Consumer<Channel> onOpen) {
        FtpServerConfig config = command.session().config();
        transfer.openData(config.dataConnectionTimeout(), config.idleTimeout(), channel -> {
            command.preliminary(150, opening);
            onOpen.accept(channel);
        }, () -> {
            cleanup.run();
            if (transfer.isAborted()) {
                end(command, transfer, 426, "Transfer aborted");
            } else {
                end(command, transfer, 425, "Cannot open data connection");
            }
        });
    }

    /** Ends a transfer refused before its data connection opened, with the failure's reply. */
    static void refuse(RunningCommand command, Transfer transfer, Throwable failure) {
        transfer.close();
        if (transfer.isAborted()) {
            end(command, transfer, 426, "Transfer aborted");
        } else if (failure instanceof StorageFailure storage) {
            end(command, transfer, storage.code(), storage.text());
        } else {
            log.error("{} {} failed before its data connection opened; replying 451",
                    command.session().id(), command, failure);
            end(command, transfer, 451, "Local error in processing");
        }
    }

    /**
     * Closes the data connection, then ends the transfer: {@code success} when
     * {@code failure} is null and nobody aborted, else the reply the failure is owed.
     */
    static void complete(RunningCommand command, Transfer transfer, Channel data,
            Throwable failure, String success) {
        boolean aborted = transfer.settle();
        data.close().addListener(closed -> command.session().runOnLoop(() -> {
            if (transfer.isStalled()) {
                log.info("{} {} stalled: no data moved for {} s; aborted",
                        command.session().id(), command, idleSeconds(command));
                end(command, transfer, 426, "No data moved for " + idleSeconds(command)
                        + " s; transfer aborted");
            } else if (aborted) {
                end(command, transfer, 426, "Transfer aborted; data connection closed");
            } else if (failure instanceof StorageFailure storage) {
                end(command, transfer, storage.code(), storage.text());
            } else if (failure instanceof IOException) {
                end(command, transfer, 426, "Data connection broken; transfer incomplete");
            } else if (failure != null) {
                log.error("{} {} failed during the transfer; replying 451",
                        command.session().id(), command, failure);
                end(command, transfer, 451, "Local error in processing");
            } else {
                end(command, transfer, 226, success);
            }
        }));
    }

    private static long idleSeconds(RunningCommand command) {
        return command.session().config().idleTimeout().toSeconds();
    }

    private static void end(RunningCommand command, Transfer transfer, int code, String text) {
        transfer.close();
        command.session().finishTransfer(command, transfer, code, text);
    }
}

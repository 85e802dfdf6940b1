package dev.ftpkit.server.internal.command;

import dev.ftpkit.protocol.command.Verb;
import dev.ftpkit.server.internal.session.FtpSession;
import dev.ftpkit.server.internal.session.RunningCommand;
import dev.ftpkit.server.internal.storage.UploadTarget;
import dev.ftpkit.server.internal.storage.UserFileSystem;
import dev.ftpkit.server.internal.storage.VirtualPath;
import dev.ftpkit.server.internal.transfer.Transfer;
import dev.ftpkit.server.internal.transfer.TransferType;
import dev.ftpkit.server.internal.transfer.UploadReceiver;
import io.netty.channel.Channel;

/**
 * STOR, STOU and APPE (RFC 959 4.1.3). The target is prepared before the data connection, so
 * a refused name gets 550/553 without a 150 first; see {@link UploadTarget} for how a STOR
 * replaces a file only once the whole upload is on disk. 226 is sent only after the data was
 * forced to disk; a failed write gets 451 (552 when the disk is full), a broken connection
 * or ABOR 426.
 */
final class StoreHandler implements CommandHandler {

    private static final String DEFAULT_UNIQUE_BASE = "upload";

    @Override
    public void handle(RunningCommand command) {
        FtpSession session = command.session();
        UserFileSystem files = session.files();
        Verb verb = command.verb().orElseThrow();
        VirtualPath path = verb == Verb.STOU ? files.cwd() : files.resolve(command.argument());
        long offset = session.restartOffset();
        Transfer transfer = TransferSteps.begin(command, path);

        session.offload(() -> target(files, verb, command.argument(), path, offset),
                (target, failure) -> {
                    if (failure != null) {
                        TransferSteps.refuse(command, transfer, failure);
                        return;
                    }
                    transfer.path(target.path());
                    String opening = verb == Verb.STOU
                            // RFC 1123 4.1.2.9: the name STOU chose, in the 150 reply.
                            ? "FILE: " + target.path().name()
                            : "Opening " + session.type().word() + " mode data connection for "
                                    + target.path();
                    TransferSteps.connect(command, transfer, opening,
                            () -> session.offload(() -> discard(target), (ok, error) -> { }),
                            data -> receive(command, transfer, data, target));
                });
    }

    private static UploadTarget target(UserFileSystem files, Verb verb, String argument,
            VirtualPath path, long offset) throws Exception {
        return switch (verb) {
            case STOR -> UploadTarget.store(files, path, offset);
            case APPE -> UploadTarget.append(files, path, offset);
            case STOU -> UploadTarget.unique(files, path, uniqueBase(argument));
            default -> throw new IllegalArgumentException("not an upload verb: " + verb);
        };
    }

    private static String uniqueBase(String argument) {
        String base = VirtualPath.ROOT.resolve(argument).name();
        return argument.isBlank() || base.equals("/") ? DEFAULT_UNIQUE_BASE : base;
    }

    private static void receive(RunningCommand command, Transfer transfer, Channel data,
            UploadTarget target) {
        FtpSession session = command.session();
        boolean ascii = session.type() == TransferType.ASCII;
        data.pipeline().addLast(new UploadReceiver(target.channel(), target.path(),
                session.fileExecutor(), ascii, transfer,
                failure -> land(command, transfer, data, target, failure)));
    }

    private static void land(RunningCommand command, Transfer transfer, Channel data,
            UploadTarget target, Throwable failure) {
        FtpSession session = command.session();
        if (failure != null || transfer.settle()) {
            session.offload(() -> discard(target), (ok, error) ->
                    TransferSteps.complete(command, transfer, data, failure,
                            "Transfer complete"));
            return;
        }
        session.offload(() -> {
            target.commit();
            return target.path();
        }, (landed, error) -> TransferSteps.complete(command, transfer, data, error,
                command.verb().orElseThrow() == Verb.STOU
                        ? "Transfer complete; stored as " + landed.name()
                        : "Transfer complete"));
    }

    private static Void discard(UploadTarget target) {
        target.discard();
        return null;
    }
}

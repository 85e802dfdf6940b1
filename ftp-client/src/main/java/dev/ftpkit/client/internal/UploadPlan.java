package dev.ftpkit.client.internal;

import dev.ftpkit.client.FtpException;
import dev.ftpkit.protocol.command.Verb;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How to resume an upload: from which byte of the local file, and with which command.
 *
 * @param verb STOR (with REST, or from the start) or APPE
 * @param offset the bytes of the local file the server already has
 * @param restOffset the REST offset to send before STOR, 0 for none
 */
public record UploadPlan(Verb verb, long offset, long restOffset) {

    /**
     * Returns the plan for sending the rest of {@code local} to a remote file that has
     * {@code remoteSize} bytes. REST with STOR needs "REST STREAM" in FEAT (RFC 3659 section
     * 5); without it, APPE (RFC 959) appends at the end, which is the same place.
     *
     * @throws FtpException when the remote file is longer than the local one
     */
    public static UploadPlan resume(Path local, String remote, long remoteSize,
            boolean restStream) throws IOException {
        long localSize = Files.size(local);
        if (remoteSize > localSize) {
            throw new FtpException("cannot resume upload of " + local + " to " + remote
                    + ": the remote file has " + remoteSize + " bytes, the local only "
                    + localSize);
        }
        if (remoteSize == 0) {
            return new UploadPlan(Verb.STOR, 0, 0);
        }
        return restStream ? new UploadPlan(Verb.STOR, remoteSize, remoteSize)
                : new UploadPlan(Verb.APPE, remoteSize, 0);
    }
}

package dev.ftpkit.client.probe;

import dev.ftpkit.client.FtpClient;
import dev.ftpkit.client.FtpEntry;
import dev.ftpkit.client.FtpException;
import dev.ftpkit.client.FtpFeatures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the checks of one probe share: the settings, a logged-in session for harmless
 * commands, the server's FEAT reply, a file to ask about, and the scratch folder of
 * {@code --write}. Sessions a check opens for itself are closed when the check ends.
 */
final class ProbeContext implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ProbeContext.class);
    /** Uploaded by --write; short, and saying what it is to whoever finds it. */
    static final byte[] SAMPLE_CONTENT = "ftpkit probe scratch file; safe to delete\n"
            .getBytes(StandardCharsets.US_ASCII);
    static final String SAMPLE_NAME = "probe.txt";
    static final String RENAME_NAME = "rename-me.txt";

    private final ProbeSettings settings;
    private final List<ProbeSession> checkSessions = new CopyOnWriteArrayList<>();
    private volatile ProbeSession shared;
    private Exchange feat;
    private FtpClient helper;
    private Optional<SampleFile> sample;
    private ScratchFolder scratch;
    private boolean scratchRemoved;

    private ProbeContext(ProbeSettings settings) {
        this.settings = settings;
    }

    /**
     * Connects, logs in and asks FEAT: the set-up every check relies on.
     *
     * @throws FtpException when the server cannot be reached or refuses the login
     */
    static ProbeContext open(ProbeSettings settings) throws FtpException {
        ProbeContext context = new ProbeContext(settings);
        context.shared = context.loggedIn(ProbeSession.open(settings));
        context.feat = context.shared.exchange("FEAT");
        return context;
    }

    ProbeSettings settings() {
        return settings;
    }

    /** Returns the exchange of the FEAT sent right after the first login. */
    Exchange feat() {
        return feat;
    }

    /** Returns the features announced by that FEAT; none when it was refused. */
    FtpFeatures features() {
        return feat.finalReply().map(FtpFeatures::parse).orElse(FtpFeatures.none());
    }

    /**
     * Returns the shared logged-in session, for commands that change nothing the next check
     * could see; reconnects when an earlier check broke it.
     */
    ProbeSession shared() throws FtpException {
        ProbeSession session = shared;
        if (session == null || !session.connection().isOpen()) {
            session = loggedIn(ProbeSession.open(settings));
            shared = session;
        }
        return session;
    }

    /** Returns a new session of this check's own, greeted and not logged in. */
    ProbeSession greeted() throws FtpException {
        ProbeSession session = ProbeSession.open(settings);
        checkSessions.add(session);
        return session;
    }

    /** Returns a new session of this check's own, logged in and in the probe's directory. */
    ProbeSession loggedIn() throws FtpException {
        return loggedIn(greeted());
    }

    private ProbeSession loggedIn(ProbeSession session) throws FtpException {
        try {
            session.login();
            return session;
        } catch (FtpException | RuntimeException e) {
            session.abort();
            throw e;
        }
    }

    /** Closes the sessions the check that just ended opened for itself. */
    void endCheck() {
        for (ProbeSession session : checkSessions) {
            session.close();
        }
        checkSessions.clear();
    }

    /** Stops the running check from another thread: closes every session it may be reading. */
    void abort() {
        checkSessions.forEach(ProbeSession::abort);
        ProbeSession session = shared;
        if (session != null) {
            session.abort();
        }
    }

    /**
     * Creates the scratch folder of {@code --write} in the probe's directory and uploads
     * two small files into it.
     *
     * @throws FtpException when the server refuses; whatever was created is removed again
     */
    ScratchFolder createScratch() throws FtpException {
        byte[] random = new byte[4];
        new SecureRandom().nextBytes(random);
        String name = "ftpkit-probe-" + HexFormat.of().formatHex(random);
        FtpClient client = helper();
        client.makeDirectory(name);
        scratch = new ScratchFolder(name, name + "/" + SAMPLE_NAME, name + "/" + RENAME_NAME,
                SAMPLE_CONTENT.length, Instant.now());
        try {
            upload(client, scratch.samplePath());
            Instant uploaded = Instant.now();
            upload(client, scratch.renamePath());
            scratch = scratch.uploadedAt(uploaded);
            return scratch;
        } catch (FtpException | RuntimeException e) {
            removeScratch();
            throw e;
        }
    }

    private static void upload(FtpClient client, String path) throws FtpException {
        try {
            client.upload(new ByteArrayInputStream(SAMPLE_CONTENT), path);
        } catch (FtpException e) {
            throw e;
        } catch (IOException e) {
            // The source is an array in memory; only the network side can fail.
            throw new FtpException("cannot upload " + path + ": " + e.getMessage(), e);
        }
    }

    /** Returns the scratch folder, when {@code --write} created one. */
    Optional<ScratchFolder> scratch() {
        return scratchRemoved ? Optional.empty() : Optional.ofNullable(scratch);
    }

    /**
     * Removes the scratch folder and everything in it; does nothing when there is none or it
     * is gone already.
     *
     * @return the folder removed, or empty when there was none
     * @throws FtpException when the server refuses to remove it
     */
    Optional<ScratchFolder> removeScratch() throws FtpException {
        if (scratch == null || scratchRemoved) {
            return Optional.empty();
        }
        helper().removeRecursively(scratch.name());
        scratchRemoved = true;
        return Optional.of(scratch);
    }

    /**
     * Returns a file to ask SIZE, MDTM and MLST about: the uploaded one under
     * {@code --write}, else the first regular file of the probe's directory by name.
     * Empty when the directory holds none.
     */
    Optional<SampleFile> sampleFile() throws FtpException {
        Optional<ScratchFolder> folder = scratch();
        if (folder.isPresent()) {
            ScratchFolder s = folder.get();
            return Optional.of(new SampleFile(s.samplePath(), s.sampleSize(),
                    Optional.of(s.uploadedAt())));
        }
        if (sample == null) {
            sample = helper().list("").stream()
                    .filter(FtpEntry::isFile)
                    .min(Comparator.comparing(FtpEntry::name))
                    .map(entry -> new SampleFile(entry.name(), entry.size(), Optional.empty()));
        }
        return sample;
    }

    /** The library client, for the set-up that needs no probing: listings, uploads, removal. */
    private FtpClient helper() throws FtpException {
        if (helper == null) {
            helper = FtpClient.builder()
                    .host(settings.host())
                    .port(settings.port())
                    .credentials(settings.user(), settings.password())
                    .connectTimeout(settings.connectTimeout())
                    .readTimeout(settings.replyTimeout())
                    .dataTimeout(settings.replyTimeout())
                    .connect();
            if (!settings.directory().isEmpty()) {
                helper.changeDirectory(settings.directory());
            }
        }
        return helper;
    }

    /** Ends every session; removes the scratch folder if a check did not get to it. */
    @Override
    public void close() {
        endCheck();
        try {
            removeScratch();
        } catch (FtpException | RuntimeException e) {
            log.warn("probe of {} left its scratch folder {} behind: {}; remove it by hand",
                    settings.target(), scratch.name(), e.getMessage());
        }
        if (helper != null) {
            helper.close();
        }
        ProbeSession session = shared;
        if (session != null) {
            session.close();
        }
    }

    /**
     * The folder {@code --write} created, with the files uploaded into it.
     *
     * @param name the folder's name, in the probe's directory
     * @param samplePath the file SIZE, MDTM and MLST ask about
     * @param renamePath the file the rename check renames
     * @param sampleSize the bytes uploaded into each file
     * @param uploadedAt when the sample's upload completed, by this machine's clock
     */
    record ScratchFolder(String name, String samplePath, String renamePath, long sampleSize,
            Instant uploadedAt) {

        ScratchFolder uploadedAt(Instant when) {
            return new ScratchFolder(name, samplePath, renamePath, sampleSize, when);
        }
    }

    /**
     * A file to ask about.
     *
     * @param path its path, relative to the probe's directory
     * @param size its size as the listing or the upload gave it
     * @param uploadedAt when the probe uploaded it, for files it uploaded
     */
    record SampleFile(String path, long size, Optional<Instant> uploadedAt) {
    }
}

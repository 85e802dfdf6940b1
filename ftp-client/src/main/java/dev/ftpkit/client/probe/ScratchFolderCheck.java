package dev.ftpkit.client.probe;

import dev.ftpkit.client.FtpException;
import dev.ftpkit.client.FtpReplyException;
import dev.ftpkit.client.probe.ProbeContext.ScratchFolder;

/**
 * Creates the scratch folder of {@code --write} with two small files, for the checks that
 * need a file the probe owns. Not a conformance check: a read-only account skips it.
 */
final class ScratchFolderCheck implements ProbeCheck {

    @Override
    public String id() {
        return "scratch-folder";
    }

    @Override
    public String title() {
        return "Creates a scratch folder with two small files (--write)";
    }

    @Override
    public CheckResult run(ProbeContext context) throws FtpException {
        CheckReport report = report().expected("MKD 257, then STOR 150 and 226 twice (RFC 959"
                + " 4.1.3 and 5.4), by ftpkit's client");
        if (!context.settings().write()) {
            return report.skip("needs --write");
        }
        try {
            ScratchFolder folder = context.createScratch();
            return report.pass("created " + folder.name() + " with " + ProbeContext.SAMPLE_NAME
                    + " and " + ProbeContext.RENAME_NAME + ", " + folder.sampleSize()
                    + " bytes each; removed again by scratch-cleanup");
        } catch (FtpReplyException e) {
            return report.skip("the server refused, so the write checks are skipped: "
                    + e.getMessage());
        }
    }
}

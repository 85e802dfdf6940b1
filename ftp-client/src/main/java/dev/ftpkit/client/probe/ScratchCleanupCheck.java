package dev.ftpkit.client.probe;

import dev.ftpkit.client.FtpException;
import dev.ftpkit.client.probe.ProbeContext.ScratchFolder;
import java.util.Optional;

/** Removes the scratch folder of {@code --write} with everything in it. */
final class ScratchCleanupCheck implements ProbeCheck {

    @Override
    public String id() {
        return "scratch-cleanup";
    }

    @Override
    public String title() {
        return "Removes the scratch folder again (--write)";
    }

    @Override
    public CheckResult run(ProbeContext context) throws FtpException {
        CheckReport report = report().expected("DELE 250 for each file, RMD 250 for the folder"
                + " (RFC 959 4.1.3), by ftpkit's client");
        if (!context.settings().write()) {
            return report.skip("needs --write");
        }
        Optional<ScratchFolder> folder = context.scratch();
        if (folder.isEmpty()) {
            return report.skip("no scratch folder was created");
        }
        try {
            context.removeScratch();
            return report.pass("removed " + folder.get().name());
        } catch (FtpException e) {
            return report.fail("could not remove " + folder.get().name() + ": " + e.getMessage()
                    + "; remove it by hand");
        }
    }
}

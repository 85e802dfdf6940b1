package dev.ftpkit.client.probe;

import dev.ftpkit.client.FtpException;
import dev.ftpkit.client.probe.ProbeContext.SampleFile;
import java.time.Instant;
import java.util.Optional;

/**
 * MDTM (RFC 3659 section 3): "213 " and the modification time as a UTC time-val. For a
 * file the probe just uploaded, the time must also agree with this machine's clock.
 */
final class MdtmCheck implements ProbeCheck {

    @Override
    public String id() {
        return "mdtm";
    }

    @Override
    public String title() {
        return "Answers MDTM with 213 and a UTC time YYYYMMDDHHMMSS";
    }

    @Override
    public CheckResult run(ProbeContext context) throws FtpException {
        CheckReport report = report().expected("213 and YYYYMMDDHHMMSS[.sss] in UTC (RFC 3659"
                + " 2.3 and 3.2); for an upload, within "
                + ClockComparison.TOLERANCE.toMinutes() + " minutes of it");
        Optional<SampleFile> sample = context.sampleFile();
        if (sample.isEmpty()) {
            return report.skip("no file in the directory to ask about; --write uploads one");
        }
        Exchange mdtm = context.shared().exchange("MDTM " + sample.get().path());
        report.exchange(mdtm);
        if (mdtm.code() != 213) {
            return FileInfoReplies.refusal(report, mdtm, "MDTM", context.features());
        }
        String value = mdtm.finalReply().orElseThrow().lines().get(0);
        Optional<Instant> time = TimeVal.parse(value);
        if (time.isEmpty()) {
            return report.fail("\"" + value + "\" is not a time-val YYYYMMDDHHMMSS[.sss]");
        }
        if (sample.get().uploadedAt().isEmpty()) {
            return report.pass("format only: the file was not uploaded by the probe, so the"
                    + " time zone cannot be told; --write checks it");
        }
        return ClockComparison.problem(time.get(), sample.get().uploadedAt().get())
                .map(report::warn)
                .orElseGet(() -> report.pass("agrees with the upload's time in UTC"));
    }
}

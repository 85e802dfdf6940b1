package dev.ftpkit.client.probe;

import dev.ftpkit.client.FtpException;
import dev.ftpkit.client.probe.ProbeContext.SampleFile;
import java.util.Optional;
import java.util.regex.Pattern;

/** SIZE (RFC 3659 section 4): "213 " and the file's size in octets, in binary type. */
final class SizeCheck implements ProbeCheck {

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    @Override
    public String id() {
        return "size";
    }

    @Override
    public String title() {
        return "Answers SIZE with 213 and the size in octets";
    }

    @Override
    public CheckResult run(ProbeContext context) throws FtpException {
        CheckReport report = report().expected("213 and a decimal number of octets, the size"
                + " listed or uploaded (RFC 3659 4.2)");
        Optional<SampleFile> sample = context.sampleFile();
        if (sample.isEmpty()) {
            return report.skip("no file in the directory to ask about; --write uploads one");
        }
        Exchange size = context.shared().exchange("SIZE " + sample.get().path());
        report.exchange(size);
        int code = size.code();
        if (code != 213) {
            return FileInfoReplies.refusal(report, size, "SIZE", context.features());
        }
        String value = size.finalReply().orElseThrow().lines().get(0);
        if (!DIGITS.matcher(value).matches()) {
            return report.fail("\"" + value + "\" is not a decimal number of octets");
        }
        long expected = sample.get().size();
        if (expected >= 0 && Long.parseLong(value) != expected) {
            return report.fail("SIZE says " + value + " where " + (sample.get().uploadedAt()
                    .isPresent() ? "the upload" : "the listing") + " had " + expected);
        }
        return report.pass("");
    }
}

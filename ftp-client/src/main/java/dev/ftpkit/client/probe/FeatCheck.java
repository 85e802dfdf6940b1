package dev.ftpkit.client.probe;

import dev.ftpkit.client.FtpException;
import dev.ftpkit.protocol.reply.Reply;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * FEAT (RFC 2389 section 3.2): a multi-line 211 whose inner lines each start with one
 * space and name one feature, ending with "211 End"; or a single-line 211 for a server with
 * no features; or 500/502 from a server without FEAT.
 */
final class FeatCheck implements ProbeCheck {

    @Override
    public String id() {
        return "feat";
    }

    @Override
    public String title() {
        return "Lists its features in the FEAT format of RFC 2389";
    }

    @Override
    public CheckResult run(ProbeContext context) throws FtpException {
        Exchange feat = context.feat();
        CheckReport report = report()
                .expected("211- first line, one feature per line after a single space,"
                        + " 211 End (RFC 2389 3.2); 500 or 502 from a server without FEAT")
                .exchange(feat);
        if (feat.finalReply().isEmpty()) {
            return report.fail("the server did not answer FEAT: " + feat.silence());
        }
        Reply reply = feat.finalReply().get();
        if (reply.code() == 500 || reply.code() == 502) {
            return report.skip("FEAT not offered; the extension checks below try each"
                    + " command instead");
        }
        if (reply.code() != 211) {
            return report.fail("answered FEAT with " + reply.code() + ", not 211");
        }
        if (!reply.isMultiLine()) {
            return report.pass("no features (a single-line 211, as RFC 2389 3.2 allows)");
        }
        return judgeLines(reply, report);
    }

    private static CheckResult judgeLines(Reply reply, CheckReport report) {
        List<String> features = reply.lines().subList(1, reply.lines().size() - 1);
        List<String> unspaced = features.stream()
                .filter(line -> !line.isBlank() && !line.startsWith(" "))
                .toList();
        if (!unspaced.isEmpty()) {
            return report.fail("feature lines must start with a single space (RFC 2389 3.2);"
                    + " these do not: " + String.join(", ", unspaced));
        }
        String offered = features.stream().map(String::trim).filter(line -> !line.isEmpty())
                .collect(Collectors.joining(", "));
        String last = reply.lines().get(reply.lines().size() - 1);
        if (!last.toLowerCase(Locale.ROOT).startsWith("end")) {
            return report.warn("the last line is \"211 " + last + "\", not \"211 End\" as RFC"
                    + " 2389 3.2 writes it; offered: " + offered);
        }
        return report.pass("offered: " + offered);
    }
}

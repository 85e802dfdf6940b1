package dev.ftpkit.client.probe;

import dev.ftpkit.client.FtpFeatures;

/** Judges a refused SIZE or MDTM: not offered, or offered and failing on an existing file. */
final class FileInfoReplies {

    private FileInfoReplies() {
    }

    /** Returns the result for {@code exchange}, a {@code verb} that did not get 213. */
    static CheckResult refusal(CheckReport report, Exchange exchange, String verb,
            FtpFeatures features) {
        int code = exchange.code();
        if (code == -1) {
            return report.fail("the server did not answer " + verb + ": " + exchange.silence());
        }
        if ((code == 500 || code == 502) && !features.supports(verb)) {
            return report.skip(verb + " not offered (RFC 3659)");
        }
        return report.fail("answered " + code + " for a file the directory holds"
                + (features.supports(verb) ? ", though FEAT lists " + verb : ""));
    }
}

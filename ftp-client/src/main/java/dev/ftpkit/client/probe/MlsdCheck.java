package dev.ftpkit.client.probe;

import dev.ftpkit.client.FtpException;
import dev.ftpkit.protocol.command.Verb;
import java.util.ArrayList;
import java.util.List;

/**
 * MLSD (RFC 3659 section 7): the working directory's entries over a data connection, one
 * per line, each facts then a space then the name, with well-formed fact values.
 */
final class MlsdCheck implements ProbeCheck {

    /** Enough problems to show the pattern; a listing of thousands would repeat them. */
    private static final int MAX_PROBLEMS_SHOWN = 3;

    @Override
    public String id() {
        return "mlsd-facts";
    }

    @Override
    public String title() {
        return "Lists the directory by MLSD with well-formed facts";
    }

    @Override
    public CheckResult run(ProbeContext context) throws FtpException {
        CheckReport report = report().expected("150, then lines of fact=value;... name over"
                + " the data connection with the facts of mlst-facts, then 226 (RFC 3659 7.2,"
                + " 7.5)");
        if (!context.features().mlst()) {
            return report.skip("MLST not in FEAT, so no MLSD either (RFC 3659 7.8)");
        }
        ProbeSession.Listing listing = context.shared().list(Verb.MLSD, "");
        report.exchange(listing.exchange());
        int code = listing.exchange().code();
        if (code / 100 != 2) {
            return report.fail("MLSD answered " + code + ", though FEAT lists MLST");
        }

        AnnouncedFacts announced = AnnouncedFacts.of(context.features());
        List<String> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (String line : listing.lines()) {
            if (line.startsWith(" ")) {
                problems.add("line \"" + line + "\" starts with a space; MLSD lines start with"
                        + " the facts");
                continue;
            }
            MlstCheck.judge(FactLine.parse(line), announced, problems, warnings);
        }
        if (!problems.isEmpty()) {
            return report.fail(shown(problems));
        }
        int count = listing.lines().size();
        String entries = count + (count == 1 ? " entry read" : " entries read");
        return warnings.isEmpty() ? report.pass(entries)
                : report.warn(entries + "; " + shown(warnings));
    }

    private static String shown(List<String> all) {
        List<String> problems = all.stream().distinct().toList();
        String first = String.join("; ", problems.subList(0,
                Math.min(problems.size(), MAX_PROBLEMS_SHOWN)));
        int more = problems.size() - MAX_PROBLEMS_SHOWN;
        return more > 0 ? first + "; and " + more + " more" : first;
    }
}

package dev.ftpkit.client.probe;

import dev.ftpkit.client.FtpException;
import dev.ftpkit.client.probe.ProbeContext.SampleFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * MLST (RFC 3659 section 7): for the working directory and for a file, a multi-line 250
 * whose one inner line is a space and the entry: facts with well-formed values, then the
 * pathname. The file's type must be "file" and its size the size listed or uploaded.
 */
final class MlstCheck implements ProbeCheck {

    @Override
    public String id() {
        return "mlst-facts";
    }

    @Override
    public String title() {
        return "Answers MLST with well-formed facts (type, size, modify in UTC)";
    }

    @Override
    public CheckResult run(ProbeContext context) throws FtpException {
        CheckReport report = report().expected("250- first line, one line of a space and"
                + " fact=value;... pathname, 250 last line; type file/dir/cdir, size in"
                + " octets, modify as YYYYMMDDHHMMSS UTC, only facts FEAT announced (RFC 3659"
                + " 7.2, 7.5, 7.8)");
        if (!context.features().mlst()) {
            return report.skip("MLST not in FEAT (RFC 3659 7.8)");
        }
        AnnouncedFacts announced = AnnouncedFacts.of(context.features());
        ProbeSession session = context.shared();
        List<String> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();

        Exchange directory = session.exchange("MLST");
        report.exchange(directory);
        Optional<FactLine> dir = entry(directory, problems);
        dir.ifPresent(line -> judge(line, announced, problems, warnings));
        dir.filter(line -> !List.of("", "cdir", "dir").contains(line.type()))
                .ifPresent(line -> problems.add("MLST of the working directory gave type="
                        + line.type() + ", not cdir or dir"));

        Optional<SampleFile> sample = context.sampleFile();
        if (sample.isPresent()) {
            Exchange file = session.exchange("MLST " + sample.get().path());
            report.exchange(file);
            entry(file, problems).ifPresent(line -> {
                judge(line, announced, problems, warnings);
                judgeFile(line, sample.get(), problems, warnings);
            });
        }
        return verdict(report, problems, warnings, sample.isPresent());
    }

    private static CheckResult verdict(CheckReport report, List<String> problems,
            List<String> warnings, boolean askedAboutFile) {
        if (!problems.isEmpty()) {
            return report.fail(String.join("; ", problems));
        }
        if (!warnings.isEmpty()) {
            return report.warn(String.join("; ", warnings.stream().distinct().toList()));
        }
        return report.pass(askedAboutFile ? ""
                : "directory only: no file in the directory to ask about; --write uploads one");
    }

    /** Returns the fact line of a 250 MLST reply, or records why there is none. */
    private static Optional<FactLine> entry(Exchange exchange, List<String> problems) {
        if (exchange.code() != 250) {
            problems.add(exchange.command() + " answered " + (exchange.code() == -1
                    ? "nothing (" + exchange.silence() + ")" : exchange.code()) + ", not 250");
            return Optional.empty();
        }
        List<String> lines = exchange.finalReply().orElseThrow().lines();
        List<String> inner = lines.size() > 2 ? lines.subList(1, lines.size() - 1) : List.of();
        List<String> entries = inner.stream().filter(line -> !line.isBlank()).toList();
        if (entries.size() != 1) {
            problems.add(exchange.command() + " gave " + entries.size() + " entry lines, not 1");
            return Optional.empty();
        }
        if (entries.size() != inner.size()) {
            problems.add(exchange.command() + " put an empty line inside the reply");
        }
        String entry = entries.get(0);
        if (!entry.startsWith(" ")) {
            problems.add(exchange.command() + " entry line does not start with a space (RFC"
                    + " 3659 7.2)");
            return Optional.of(FactLine.parse(entry));
        }
        return Optional.of(FactLine.parse(entry.substring(1)));
    }

    static void judge(FactLine line, AnnouncedFacts announced, List<String> problems,
            List<String> warnings) {
        line.problems().forEach(problem -> problems.add(line.pathname() + ": " + problem));
        warnings.addAll(line.oddities());
        List<String> unannounced = announced.unannounced(line);
        if (!unannounced.isEmpty()) {
            warnings.add("facts not announced in FEAT: " + String.join(", ", unannounced));
        }
    }

    private static void judgeFile(FactLine line, SampleFile sample, List<String> problems,
            List<String> warnings) {
        if (!line.type().isEmpty() && !line.type().equals("file")) {
            problems.add(sample.path() + " has type=" + line.type() + ", not file");
        }
        String size = line.facts().get("size");
        if (size != null && sample.size() >= 0 && !size.equals(Long.toString(sample.size()))) {
            problems.add(sample.path() + " has size=" + size + " where "
                    + (sample.uploadedAt().isPresent() ? "the upload" : "the listing")
                    + " had " + sample.size());
        }
        String modify = line.facts().get("modify");
        if (modify != null && sample.uploadedAt().isPresent()) {
            TimeVal.parse(modify).flatMap(time -> ClockComparison.problem(time,
                    sample.uploadedAt().get())).ifPresent(warnings::add);
        }
    }
}

package dev.ftpkit.client.probe;

import dev.ftpkit.protocol.internal.MarkdownTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders the generated blocks of docs/compatibility.md from scorecards: the verdict of
 * every check on every server, and the details of each verdict other than PASS.
 *
 * <p>What changes from run to run without the server changing is replaced by a
 * placeholder in the details, so that regenerating the page shows only real differences:
 * ports, times, the scratch folder's random name, pyftpdlib's inode-based unique fact.
 * Nothing else is edited.
 */
final class CompatibilityDoc {

    private CompatibilityDoc() {
    }

    /** Returns the table of verdicts: a row per check, a column per server, then totals. */
    static String verdicts(Map<ReferenceServer, Scorecard> scorecards) {
        List<ReferenceServer> servers = List.copyOf(scorecards.keySet());
        List<String> header = new ArrayList<>(List.of("Check", "What it asks"));
        servers.forEach(server -> header.add(server.title()));
        MarkdownTable table = new MarkdownTable(header.toArray(String[]::new));
        for (CheckResult first : scorecards.get(servers.get(0)).results()) {
            List<String> row = new ArrayList<>(List.of(MarkdownTable.code(first.id()),
                    first.title()));
            servers.forEach(server -> row.add(verdictCell(
                    scorecards.get(server).verdict(first.id()))));
            table.row(row.toArray(String[]::new));
        }
        List<String> totals = new ArrayList<>(List.of("**total**", ""));
        servers.forEach(server -> totals.add(totals(scorecards.get(server))));
        table.row(totals.toArray(String[]::new));
        return table.render();
    }

    private static String verdictCell(CheckVerdict verdict) {
        return verdict == CheckVerdict.FAIL || verdict == CheckVerdict.WARN
                ? "**" + verdict + "**" : verdict.name();
    }

    private static String totals(Scorecard scorecard) {
        Map<CheckVerdict, Long> counts = scorecard.counts();
        return counts.get(CheckVerdict.PASS) + " pass, " + counts.get(CheckVerdict.WARN)
                + " warn, " + counts.get(CheckVerdict.FAIL) + " fail, "
                + counts.get(CheckVerdict.SKIP) + " skip";
    }

    /** Returns how each server ran, and per server what each verdict but PASS rests on. */
    static String details(Map<ReferenceServer, Scorecard> scorecards) {
        MarkdownTable servers = new MarkdownTable("Server", "Greeting", "How it ran");
        scorecards.forEach((server, scorecard) -> servers.row(server.title(),
                MarkdownTable.code(scorecard.result("greeting").orElseThrow().received()
                        .get(0)), server.setup()));
        StringBuilder out = new StringBuilder(servers.render());
        scorecards.forEach((server, scorecard) -> {
            out.append("\n### ").append(server.title()).append("\n\n");
            List<CheckResult> notPassed = scorecard.results().stream()
                    .filter(result -> result.verdict() != CheckVerdict.PASS).toList();
            if (notPassed.isEmpty()) {
                out.append("Every check passed.\n");
            }
            notPassed.forEach(result -> out.append(item(result)));
        });
        return out.toString();
    }

    private static String item(CheckResult result) {
        StringBuilder out = new StringBuilder();
        out.append("- **").append(result.verdict()).append("** `").append(result.id())
                .append("`: ").append(stable(result.note())).append('\n');
        if (!result.sent().isEmpty()) {
            out.append("  - sent: ").append(codes(result.sent())).append('\n');
        }
        if (!result.received().isEmpty()) {
            out.append("  - received: ").append(codes(result.received())).append('\n');
        }
        return out.toString();
    }

    private static String codes(List<String> lines) {
        return lines.stream().map(CompatibilityDoc::stable)
                // A leading space is kept: RFC 3659 puts one before an MLST entry.
                .map(line -> line.isBlank() ? "(empty line)"
                        : MarkdownTable.code(line.stripTrailing()))
                .collect(Collectors.joining(" "));
    }

    /** Replaces what varies between runs of an unchanged server with placeholders. */
    static String stable(String text) {
        return text
                .replaceAll("\\((\\d{1,3},\\d{1,3},\\d{1,3},\\d{1,3}),\\d{1,3},\\d{1,3}\\)",
                        "($1,p1,p2)")
                .replaceAll("\\(\\|\\|\\|\\d{1,5}\\|\\)", "(|||port|)")
                .replaceAll("ftpkit-probe-[0-9a-f]{8}", "ftpkit-probe-RANDOM")
                .replaceAll("\\b\\d{14}(\\.\\d+)?\\b", "YYYYMMDDHHMMSS")
                .replaceAll("unique=[^;]*;", "unique=...;")
                .replaceAll("127\\.0\\.0\\.1:\\d+", "127.0.0.1:port");
    }
}

package dev.ftpkit.client.probe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * What a check expects of a reply code, as rows tried in order: the first row whose codes
 * match gives the verdict and its reason. A code no row matches fails.
 */
final class ReplyExpectation {

    private final String description;
    private final List<Row> rows = new ArrayList<>();

    private ReplyExpectation(String description) {
        this.description = description;
    }

    /** Starts an expectation shown as {@code description}, such as "503 (RFC 959 5.4)". */
    static ReplyExpectation expect(String description) {
        return new ReplyExpectation(description);
    }

    /** Matches any of {@code codes}. */
    static IntPredicate codes(int... codes) {
        return code -> Arrays.stream(codes).anyMatch(c -> c == code);
    }

    /** Matches codes whose first digit is {@code digit}: 2 for every 2yz. */
    static IntPredicate replyClass(int digit) {
        return code -> code / 100 == digit;
    }

    ReplyExpectation pass(IntPredicate codes, String reason) {
        return row(codes, CheckVerdict.PASS, reason);
    }

    ReplyExpectation warn(IntPredicate codes, String reason) {
        return row(codes, CheckVerdict.WARN, reason);
    }

    ReplyExpectation skip(IntPredicate codes, String reason) {
        return row(codes, CheckVerdict.SKIP, reason);
    }

    ReplyExpectation fail(IntPredicate codes, String reason) {
        return row(codes, CheckVerdict.FAIL, reason);
    }

    private ReplyExpectation row(IntPredicate codes, CheckVerdict verdict, String reason) {
        rows.add(new Row(codes, verdict, reason));
        return this;
    }

    /** Returns the expectation as the scorecard's "expected" column shows it. */
    String description() {
        return description;
    }

    /** Returns the verdict on {@code code} and its reason. */
    Judgement judge(int code) {
        for (Row row : rows) {
            if (row.codes().test(code)) {
                return new Judgement(row.verdict(), row.reason());
            }
        }
        return new Judgement(CheckVerdict.FAIL, "expected " + description);
    }

    /** A verdict and the reason for it. */
    record Judgement(CheckVerdict verdict, String reason) {
    }

    private record Row(IntPredicate codes, CheckVerdict verdict, String reason) {
    }
}

package dev.ftpkit.client.probe;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of probing one server: every check's {@link CheckResult}, in the order run.
 *
 * @param target the server as {@code ftp://user@host:port/dir}, never with a password
 * @param write whether checks that write in a scratch folder ran
 * @param results one result per check, in the order run
 */
public record Scorecard(String target, boolean write, List<CheckResult> results) {

    public Scorecard {
        Objects.requireNonNull(target, "target");
        results = List.copyOf(results);
    }

    /** Returns the result of the check {@code id}, or empty when no such check ran. */
    public Optional<CheckResult> result(String id) {
        return results.stream().filter(result -> result.id().equals(id)).findFirst();
    }

    /** Returns the verdict of the check {@code id}. */
    public CheckVerdict verdict(String id) {
        return result(id).map(CheckResult::verdict).orElseThrow(
                () -> new IllegalArgumentException("no check named " + id + " in this scorecard"));
    }

    /** Returns how many checks ended with each verdict; every verdict is a key. */
    public Map<CheckVerdict, Long> counts() {
        Map<CheckVerdict, Long> counts = new EnumMap<>(CheckVerdict.class);
        for (CheckVerdict verdict : CheckVerdict.values()) {
            counts.put(verdict, results.stream().filter(r -> r.verdict() == verdict).count());
        }
        return counts;
    }

    /** Returns whether any check failed. WARN and SKIP are not failures. */
    public boolean hasFailures() {
        return results.stream().anyMatch(result -> result.verdict() == CheckVerdict.FAIL);
    }
}

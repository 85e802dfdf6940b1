package dev.ftpkit.client.probe;

import dev.ftpkit.client.FtpFeatures;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The facts a server announced on its FEAT line {@code MLST type*;size*;modify*;} (RFC 3659
 * section 7.8): the only facts its MLST and MLSD may send.
 *
 * @param names the announced fact names in lower case, the '*' that marks the ones sent by
 *     default removed; empty when FEAT listed MLST without facts
 */
record AnnouncedFacts(Set<String> names) {

    AnnouncedFacts {
        names = Set.copyOf(names);
    }

    /** Returns the facts on the MLST line of {@code features}. */
    static AnnouncedFacts of(FtpFeatures features) {
        String parameters = features.parameters("MLST").orElse("");
        return new AnnouncedFacts(Arrays.stream(parameters.split(";"))
                .map(fact -> fact.trim().replace("*", "").toLowerCase(Locale.ROOT))
                .filter(fact -> !fact.isEmpty())
                .collect(Collectors.toSet()));
    }

    /** Returns the facts of {@code line} the server did not announce, sorted. */
    List<String> unannounced(FactLine line) {
        if (names.isEmpty()) {
            return List.of();
        }
        return line.facts().keySet().stream().filter(fact -> !names.contains(fact)).sorted()
                .toList();
    }
}

package dev.ftpkit.server.internal.storage;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The RFC 3659 section 7 facts this server reports in MLST and MLSD lines. */
public enum MlstFact {
    TYPE,
    SIZE,
    MODIFY,
    PERM,
    UNIQUE;

    /** The facts sent until OPTS MLST chooses others: all but unique. */
    public static final Set<MlstFact> DEFAULTS =
            Set.copyOf(EnumSet.of(TYPE, SIZE, MODIFY, PERM));

    /** Returns the fact's name as the RFC spells it in a fact line, lower case. */
    public String factName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Returns the fact called {@code name}, in any case, if this server knows it. */
    public static Optional<MlstFact> lookup(String name) {
        for (MlstFact fact : values()) {
            if (fact.name().equalsIgnoreCase(name)) {
                return Optional.of(fact);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the FEAT line: every fact, each marked with "*" when enabled
     * (RFC 3659 section 7.8), such as "MLST type*;size*;modify*;perm*;unique;".
     */
    public static String featureLine(Set<MlstFact> enabled) {
        return "MLST " + EnumSet.allOf(MlstFact.class).stream()
                .map(fact -> fact.factName() + (enabled.contains(fact) ? "*" : "") + ";")
                .collect(Collectors.joining());
    }

    /** Returns the facts as OPTS MLST echoes them: "type;size;". */
    public static String optsLine(Set<MlstFact> enabled) {
        return EnumSet.allOf(MlstFact.class).stream()
                .filter(enabled::contains)
                .map(fact -> fact.factName() + ";")
                .collect(Collectors.joining());
    }
}

package dev.ftpkit.client.probe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One MLSx entry of RFC 3659 section 7.2, {@code fact=value;fact=value; pathname}, read and
 * checked: the facts this probe knows must have well-formed values.
 *
 * @param facts the facts by lower-case name, in the order sent
 * @param pathname the name after the space that ends the facts
 * @param problems what breaks RFC 3659 so that a client may misread the entry, one sentence
 *     fragment each; empty when nothing does
 * @param oddities what the RFC does not allow but clients commonly ignore, such as letters
 *     of a server's own in the perm fact
 */
record FactLine(Map<String, String> facts, String pathname, List<String> problems,
        List<String> oddities) {

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /** RFC 3659 7.5.1: the type fact's values; "OS." types are the server's own. */
    private static final List<String> TYPES = List.of("file", "dir", "cdir", "pdir");
    /** RFC 3659 7.5.5: the letters the perm fact may hold. */
    private static final Pattern PERM = Pattern.compile("[acdeflmprwACDEFLMPRW]*");

    FactLine {
        facts = Map.copyOf(facts);
        problems = List.copyOf(problems);
        oddities = List.copyOf(oddities);
    }

    /** Reads {@code entry}, an MLSD line or an MLST fact line without its leading space. */
    static FactLine parse(String entry) {
        int space = entry.indexOf(' ');
        if (space < 0) {
            return new FactLine(Map.of(), "", List.of("no space between facts and pathname"),
                    List.of());
        }
        String factText = entry.substring(0, space);
        String pathname = entry.substring(space + 1);
        Map<String, String> facts = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        if (!factText.isEmpty() && !factText.endsWith(";")) {
            problems.add("facts do not end with ';'");
        }
        for (String fact : factText.split(";")) {
            if (fact.isEmpty()) {
                continue;
            }
            int equals = fact.indexOf('=');
            if (equals <= 0) {
                problems.add("fact '" + fact + "' is not name=value");
                continue;
            }
            facts.put(fact.substring(0, equals).toLowerCase(Locale.ROOT),
                    fact.substring(equals + 1));
        }
        if (pathname.isEmpty()) {
            problems.add("no pathname after the facts");
        }
        checkValues(facts, problems);
        List<String> oddities = new ArrayList<>();
        String perm = facts.get("perm");
        if (perm != null && !PERM.matcher(perm).matches()) {
            oddities.add("perm=" + perm + " holds letters other than a, c, d, e, f, l, m, p, r,"
                    + " w (RFC 3659 7.5.5)");
        }
        return new FactLine(facts, pathname, problems, oddities);
    }

    private static void checkValues(Map<String, String> facts, List<String> problems) {
        String type = facts.get("type");
        if (type != null && !TYPES.contains(type.toLowerCase(Locale.ROOT))
                && !type.regionMatches(true, 0, "OS.", 0, 3)) {
            problems.add("type=" + type + " is none of file, dir, cdir, pdir, OS.name=type");
        }
        String size = facts.get("size");
        if (size != null && !DIGITS.matcher(size).matches()) {
            problems.add("size=" + size + " is not a decimal number of octets");
        }
        for (String time : List.of("modify", "create")) {
            String value = facts.get(time);
            if (value != null && TimeVal.parse(value).isEmpty()) {
                problems.add(time + "=" + value + " is not a UTC time-val YYYYMMDDHHMMSS[.sss]");
            }
        }
    }

    /** Returns whether the line breaks nothing this probe checks. */
    boolean wellFormed() {
        return problems.isEmpty();
    }

    /** Returns the type fact in lower case, or "" when the line has none. */
    String type() {
        return facts.getOrDefault("type", "").toLowerCase(Locale.ROOT);
    }
}

package dev.ftpkit.client;

import dev.ftpkit.protocol.reply.Reply;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The extensions a server announced in its FEAT reply (RFC 2389), such as MLST, UTF8, EPSV
 * or "REST STREAM".
 *
 * <p>A server that does not know FEAT has no features here; the client then uses only RFC
 * 959 commands plus the fallbacks it tries (EPSV before PASV). Immutable.
 */
public final class FtpFeatures {

    private static final FtpFeatures NONE = new FtpFeatures(Map.of());

    private final Map<String, String> features;

    private FtpFeatures(Map<String, String> features) {
        this.features = Map.copyOf(features);
    }

    /** Returns the features of a server that did not answer FEAT with 211. */
    public static FtpFeatures none() {
        return NONE;
    }

    /**
     * Returns the features listed in a 211 reply to FEAT: one per inner line, a name and
     * optional parameters ({@code MLST type*;size*;modify*;}).
     */
    public static FtpFeatures parse(Reply reply) {
        if (reply.code() != 211) {
            return NONE;
        }
        Map<String, String> features = new LinkedHashMap<>();
        var lines = reply.lines();
        // The first and last lines are the reply's frame ("Features:" and "End").
        int first = Math.min(1, lines.size());
        int last = Math.max(first, lines.size() - 1);
        for (String line : lines.subList(first, last)) {
            String text = line.trim();
            if (text.isEmpty()) {
                continue;
            }
            int space = text.indexOf(' ');
            String name = (space < 0 ? text : text.substring(0, space)).toUpperCase(Locale.ROOT);
            features.put(name, space < 0 ? "" : text.substring(space + 1).trim());
        }
        return new FtpFeatures(features);
    }

    /** Returns whether the server announced {@code name} (any case), such as "MLST". */
    public boolean supports(String name) {
        return features.containsKey(name.toUpperCase(Locale.ROOT));
    }

    /** Returns the parameters announced with {@code name}, "" when none, empty when absent. */
    public Optional<String> parameters(String name) {
        return Optional.ofNullable(features.get(name.toUpperCase(Locale.ROOT)));
    }

    /** Returns whether MLST and so MLSD are available (RFC 3659 section 7.8). */
    public boolean mlst() {
        return supports("MLST");
    }

    /** Returns whether the server uses UTF-8 for paths (RFC 2640 section 3.2). */
    public boolean utf8() {
        return supports("UTF8");
    }

    /** Returns whether REST may restart STOR as well as RETR (RFC 3659 section 5.7). */
    public boolean restStream() {
        return parameters("REST").map(value -> value.equalsIgnoreCase("STREAM")).orElse(false);
    }

    /** Returns every announced feature name, upper case, mapped to its parameters. */
    public Map<String, String> asMap() {
        return features;
    }

    @Override
    public String toString() {
        return "FtpFeatures" + features;
    }
}

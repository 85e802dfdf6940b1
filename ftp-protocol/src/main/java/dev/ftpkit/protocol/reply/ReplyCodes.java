package dev.ftpkit.protocol.reply;

import java.util.List;
import java.util.stream.Stream;

/**
 * The rows of the reply-code catalog, kept apart from the lookup code because they are long.
 *
 * <p>Only codes an RFC defines are here. Codes seen in the wild but defined by no RFC, such
 * as 430 and 434 (Microsoft IIS) or 555 (some client libraries' tables), are left out on
 * purpose: a catalog entry claims a standard meaning.
 */
final class ReplyCodes {

    static final List<ReplyCodeInfo> ENTRIES = Stream.of(
                    PositiveReplyCodes.ENTRIES,
                    NegativeReplyCodes.ENTRIES,
                    ProtectedReplyCodes.ENTRIES)
            .flatMap(List::stream)
            .toList();

    private ReplyCodes() {
    }

    /** Returns one catalog row; a helper that keeps the tables readable. */
    static ReplyCodeInfo row(int code, String meaning, List<String> causes,
            List<String> remedies, String... references) {
        return new ReplyCodeInfo(code, meaning, causes, remedies, List.of(references));
    }

    /** Returns the causes of a row, most likely first. */
    static List<String> causes(String... causes) {
        return List.of(causes);
    }

    /** Returns the remedies of a row, in the order to try them. */
    static List<String> remedies(String... remedies) {
        return List.of(remedies);
    }
}

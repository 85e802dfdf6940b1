package dev.ftpkit.protocol.diagnostics;

import java.util.ArrayList;
import java.util.List;

/** Wraps text at word boundaries for a terminal of a given width. */
final class TextWrap {

    private TextWrap() {
    }

    /**
     * Returns {@code text} as lines no wider than {@code width}, the first starting with
     * {@code first} and the others with {@code rest}. A word longer than a line (a path, a
     * URL) stands alone on its line rather than being cut.
     */
    static List<String> wrap(String text, int width, String first, String rest) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(first);
        boolean empty = true;
        for (String word : text.trim().split("\\s+")) {
            if (!empty && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line = new StringBuilder(rest);
                empty = true;
            }
            if (!empty) {
                line.append(' ');
            }
            line.append(word);
            empty = false;
        }
        lines.add(line.toString());
        return lines;
    }
}

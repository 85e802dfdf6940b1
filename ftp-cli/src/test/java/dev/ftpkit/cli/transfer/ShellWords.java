package dev.ftpkit.cli.transfer;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line the way a POSIX shell splits simple words: whitespace separates,
 * single quotes keep everything literally, double quotes keep all but a backslash before
 * '"' or '\'. Enough for the commands the guides show; no variables or globs.
 */
final class ShellWords {

    private ShellWords() {
    }

    /** Returns the words of {@code line}. */
    static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
                continue;
            }
            if (word == null) {
                word = new StringBuilder();
            }
            if (c == '\'') {
                int end = line.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("unclosed ' in: " + line);
                }
                word.append(line, i + 1, end);
                i = end;
            } else if (c == '"') {
                i = doubleQuoted(line, i + 1, word);
            } else {
                word.append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    private static int doubleQuoted(String line, int start, StringBuilder word) {
        for (int i = start; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                return i;
            }
            if (c == '\\' && i + 1 < line.length() && "\"\\".indexOf(line.charAt(i + 1)) >= 0) {
                c = line.charAt(++i);
            }
            word.append(c);
        }
        throw new IllegalArgumentException("unclosed \" in: " + line);
    }
}

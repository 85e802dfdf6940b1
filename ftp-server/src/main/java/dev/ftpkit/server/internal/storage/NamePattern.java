package dev.ftpkit.server.internal.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A wildcard pattern for one name, as "ls" and the classic ftp client's {@code mget *.txt}
 * use them: {@code *} any run of characters, {@code ?} any one character, {@code [abc]} and
 * {@code [a-z]} one character of a set, {@code [!abc]} or {@code [^abc]} one outside it.
 *
 * <p>Matching is case-sensitive, by code point. A name starting with "." is matched only by
 * a pattern that starts with "." too, unless the listing shows dot files ("ls -a"), as
 * vsftpd does. FTP has no way to escape a wildcard, so a "[" without its "]" is an
 * ordinary character, and a name that contains wildcards is reached by its exact name
 * first (see {@code ListingSelection}).
 */
public final class NamePattern {

    /**
     * Longer last names are taken as plain names. No file system we serve holds longer
     * names, and the bound keeps matching one name at most 255 by 255 steps.
     */
    static final int MAX_LENGTH = 255;

    private final String text;
    private final List<Token> tokens;

    private NamePattern(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
    }

    /** Returns the pattern {@code name} holds, or empty when it has no wildcard. */
    public static Optional<NamePattern> parse(String name) {
        if (name.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        List<Token> tokens = tokenize(name.codePoints().toArray());
        boolean wild = tokens.stream().anyMatch(token -> !(token instanceof Literal));
        return wild ? Optional.of(new NamePattern(name, tokens)) : Optional.empty();
    }

    /**
     * Returns whether {@code name} matches.
     *
     * @param withDotFiles whether wildcards may match a leading "." ("ls -a")
     */
    public boolean matches(String name, boolean withDotFiles) {
        int[] chars = name.codePoints().toArray();
        if (!withDotFiles && chars.length > 0 && chars[0] == '.'
                && !(tokens.get(0) instanceof Literal literal && literal.codePoint() == '.')) {
            return false;
        }
        return matches(chars);
    }

    /**
     * Walks name and pattern together; on a mismatch after a "*", lets that star take one
     * more character and tries again. Only the last star needs retrying, so this takes at
     * most names times tokens steps, with no recursion.
     */
    private boolean matches(int[] name) {
        int token = 0;
        int position = 0;
        int lastStar = -1;
        int starPosition = 0;
        while (position < name.length) {
            if (token < tokens.size() && tokens.get(token) instanceof AnyRun) {
                lastStar = token++;
                starPosition = position;
            } else if (token < tokens.size() && tokens.get(token).accepts(name[position])) {
                token++;
                position++;
            } else if (lastStar >= 0) {
                token = lastStar + 1;
                position = ++starPosition;
            } else {
                return false;
            }
        }
        while (token < tokens.size() && tokens.get(token) instanceof AnyRun) {
            token++;
        }
        return token == tokens.size();
    }

    private static List<Token> tokenize(int[] pattern) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < pattern.length) {
            int c = pattern[i];
            if (c == '*') {
                tokens.add(new AnyRun());
                i++;
            } else if (c == '?') {
                tokens.add(new AnyOne());
                i++;
            } else if (c == '[' && closingBracket(pattern, i) > 0) {
                int close = closingBracket(pattern, i);
                tokens.add(CharSet.of(pattern, i + 1, close));
                i = close + 1;
            } else {
                tokens.add(new Literal(c));
                i++;
            }
        }
        return tokens;
    }

    /** Returns the index of the "]" closing the set opened at {@code open}, or -1. */
    private static int closingBracket(int[] pattern, int open) {
        int i = open + 1;
        if (i < pattern.length && (pattern[i] == '!' || pattern[i] == '^')) {
            i++;
        }
        // A "]" right after the opening (or the negation) is a member, as in sh: "[]a]".
        if (i < pattern.length && pattern[i] == ']') {
            i++;
        }
        while (i < pattern.length && pattern[i] != ']') {
            i++;
        }
        return i < pattern.length ? i : -1;
    }

    /** Returns the pattern as the client wrote it. */
    @Override
    public String toString() {
        return text;
    }

    private sealed interface Token permits Literal, AnyOne, AnyRun, CharSet {
        boolean accepts(int codePoint);
    }

    private record Literal(int codePoint) implements Token {
        @Override
        public boolean accepts(int other) {
            return other == codePoint;
        }
    }

    private record AnyOne() implements Token {
        @Override
        public boolean accepts(int codePoint) {
            return true;
        }
    }

    /** "*": handled by the matching loop itself, never asked about one character. */
    private record AnyRun() implements Token {
        @Override
        public boolean accepts(int codePoint) {
            throw new IllegalStateException("a run is matched by the loop, not by character");
        }
    }

    /** A bracket set: inclusive ranges of code points, as pairs; a member alone is a range. */
    private record CharSet(int[] bounds, boolean negated) implements Token {

        static CharSet of(int[] pattern, int from, int close) {
            int i = from;
            boolean negated = pattern[i] == '!' || pattern[i] == '^';
            if (negated) {
                i++;
            }
            List<Integer> bounds = new ArrayList<>();
            while (i < close) {
                boolean range = i + 2 < close && pattern[i + 1] == '-';
                bounds.add(pattern[i]);
                bounds.add(range ? pattern[i + 2] : pattern[i]);
                i += range ? 3 : 1;
            }
            return new CharSet(bounds.stream().mapToInt(Integer::intValue).toArray(), negated);
        }

        @Override
        public boolean accepts(int codePoint) {
            boolean member = false;
            for (int i = 0; i < bounds.length && !member; i += 2) {
                member = bounds[i] <= codePoint && codePoint <= bounds[i + 1];
            }
            return member != negated;
        }
    }
}

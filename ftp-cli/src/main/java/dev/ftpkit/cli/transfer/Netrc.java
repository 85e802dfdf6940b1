package dev.ftpkit.cli.transfer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The entries of a {@code .netrc} file, the format ftp(1), curl and lftp read logins from.
 *
 * <p>The file is a sequence of whitespace-separated tokens: {@code machine NAME} or
 * {@code default} starts an entry, and {@code login}, {@code password} and {@code account}
 * give its fields. A value may be written in double quotes, with a backslash escaping the
 * next character, to hold spaces or quotes ({@code password "correct horse"}), as GNU
 * inetutils and curl accept. {@code macdef NAME} starts a macro whose body, the lines up to
 * the next empty line, is skipped. A {@code #} where a keyword is expected starts a comment
 * to the end of the line.
 */
final class Netrc {

    private final List<Entry> entries;

    private Netrc(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** Returns a netrc without entries, for a user who has no file. */
    static Netrc empty() {
        return new Netrc(List.of());
    }

    /** Reads {@code file}; errors name the file and the line. */
    static Netrc read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            throw new NetrcSyntaxException(file + ": " + e.getMessage());
        }
    }

    /**
     * Reads the text of a netrc file.
     *
     * @throws IllegalArgumentException naming the line of a keyword without its value or a
     *     word that is no keyword
     */
    static Netrc parse(String text) {
        Tokens tokens = new Tokens(text);
        List<Entry> entries = new ArrayList<>();
        EntryBuilder current = null;
        for (Optional<Token> next = tokens.keyword(); next.isPresent(); next = tokens.keyword()) {
            Token token = next.get();
            switch (token.text()) {
                case "machine" -> {
                    finish(current, entries);
                    current = new EntryBuilder(Optional.of(tokens.value(token)));
                }
                case "default" -> {
                    finish(current, entries);
                    current = new EntryBuilder(Optional.empty());
                }
                case "login", "password", "account" -> {
                    String value = tokens.value(token);
                    if (current == null) {
                        throw new IllegalArgumentException("line " + token.line() + ": '"
                                + token.text() + "' before any 'machine' or 'default'");
                    }
                    current.set(token.text(), value);
                }
                case "macdef" -> {
                    tokens.value(token);
                    tokens.skipMacroBody();
                }
                default -> throw new IllegalArgumentException("line " + token.line()
                        + ": unknown keyword '" + token.text() + "'; expected machine, default,"
                        + " login, password, account or macdef");
            }
        }
        finish(current, entries);
        return new Netrc(entries);
    }

    private static void finish(EntryBuilder builder, List<Entry> entries) {
        if (builder != null) {
            entries.add(builder.build());
        }
    }

    /** Returns every entry in file order, the default one included. */
    List<Entry> entries() {
        return entries;
    }

    /**
     * Returns the entry for {@code host}: the first {@code machine} entry naming it (host
     * names compared without case) whose login is {@code user} or absent, else the
     * {@code default} entry under the same condition. With no user, the first entry for the
     * host is taken and its login says who to log in as.
     */
    Optional<Entry> lookup(String host, Optional<String> user) {
        Optional<Entry> machine = entries.stream()
                .filter(entry -> entry.machine().map(name -> name.equalsIgnoreCase(host))
                        .orElse(false))
                .filter(entry -> fits(entry, user))
                .findFirst();
        if (machine.isPresent()) {
            return machine;
        }
        return entries.stream()
                .filter(entry -> entry.machine().isEmpty())
                .filter(entry -> fits(entry, user))
                .findFirst();
    }

    private static boolean fits(Entry entry, Optional<String> user) {
        return user.isEmpty() || entry.login().isEmpty() || entry.login().equals(user);
    }

    /**
     * One entry.
     *
     * @param machine the host it is for, or empty for the {@code default} entry
     * @param login the user name, when given
     * @param password the password, when given
     * @param account the ACCT argument, when given (read, not used: servers that ask for
     *     an account are rare)
     */
    record Entry(Optional<String> machine, Optional<String> login, Optional<String> password,
            Optional<String> account) {

        @Override
        public String toString() {
            // A netrc entry is shown in messages; its password must not be.
            return "Entry[machine=" + machine.orElse("default") + ", login="
                    + login.orElse("") + ", password=" + (password.isPresent() ? "****" : "")
                    + "]";
        }
    }

    /** Thrown for a netrc file that does not follow the format. */
    static final class NetrcSyntaxException extends IOException {

        private static final long serialVersionUID = 1L;

        NetrcSyntaxException(String message) {
            super(message);
        }
    }

    /** Collects one entry's fields as the tokens come. */
    private static final class EntryBuilder {

        private final Optional<String> machine;
        private Optional<String> login = Optional.empty();
        private Optional<String> password = Optional.empty();
        private Optional<String> account = Optional.empty();

        EntryBuilder(Optional<String> machine) {
            this.machine = machine;
        }

        void set(String keyword, String value) {
            switch (keyword) {
                case "login" -> login = Optional.of(value);
                case "password" -> password = Optional.of(value);
                default -> account = Optional.of(value);
            }
        }

        Entry build() {
            return new Entry(machine, login, password, account);
        }
    }

    /** A word of the file and the line it starts on. */
    private record Token(String text, int line) {
    }

    /** Splits the text into keywords and values, skipping comments and macro bodies. */
    private static final class Tokens {

        private final String text;
        private int position;
        private int line = 1;

        Tokens(String text) {
            this.text = text;
        }

        /** Returns the next keyword, lower-cased, or empty at the end of the text. */
        Optional<Token> keyword() {
            skipWhitespace();
            while (position < text.length() && text.charAt(position) == '#') {
                skipToEndOfLine();
                skipWhitespace();
            }
            if (position >= text.length()) {
                return Optional.empty();
            }
            int start = line;
            return Optional.of(new Token(plainWord().toLowerCase(Locale.ROOT), start));
        }

        /** Returns the value that must follow {@code keyword}, quoted or not. */
        String value(Token keyword) {
            skipWhitespace();
            if (position >= text.length()) {
                throw new IllegalArgumentException("line " + keyword.line() + ": '"
                        + keyword.text() + "' without a value");
            }
            return text.charAt(position) == '"' ? quotedWord() : plainWord();
        }

        /** Skips a macro's body: the rest of the macdef line, then lines up to an empty one. */
        void skipMacroBody() {
            skipToEndOfLine();
            if (position < text.length()) {
                position++;
                line++;
            }
            while (position < text.length()) {
                int end = text.indexOf('\n', position);
                String bodyLine = end < 0 ? text.substring(position)
                        : text.substring(position, end);
                position = end < 0 ? text.length() : end + 1;
                line++;
                if (bodyLine.isBlank()) {
                    return;
                }
            }
        }

        private String plainWord() {
            int start = position;
            while (position < text.length() && !Character.isWhitespace(text.charAt(position))) {
                position++;
            }
            return text.substring(start, position);
        }

        private String quotedWord() {
            int startLine = line;
            StringBuilder word = new StringBuilder();
            position++;
            while (position < text.length()) {
                char c = text.charAt(position++);
                if (c == '"') {
                    return word.toString();
                }
                if (c == '\\' && position < text.length()) {
                    c = text.charAt(position++);
                }
                if (c == '\n') {
                    line++;
                }
                word.append(c);
            }
            throw new IllegalArgumentException("line " + startLine
                    + ": a quoted value has no closing '\"'");
        }

        private void skipWhitespace() {
            while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
                if (text.charAt(position) == '\n') {
                    line++;
                }
                position++;
            }
        }

        private void skipToEndOfLine() {
            while (position < text.length() && text.charAt(position) != '\n') {
                position++;
            }
        }
    }
}

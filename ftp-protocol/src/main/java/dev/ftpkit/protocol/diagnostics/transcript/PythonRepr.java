package dev.ftpkit.protocol.diagnostics.transcript;

/**
 * Undoes Python's {@code repr()} of a str, as ftplib's debug output prints it: quoted in ' or
 * ", with backslash escapes such as \n, \r, \t, \\, \', \xhh and \\uhhhh.
 */
final class PythonRepr {

    private PythonRepr() {
    }

    /**
     * Returns the string that {@code quoted} is the repr of. A text that is not a quoted
     * repr, or has an unknown escape, is returned as it stands between its quotes, so a
     * mangled log still reads.
     */
    static String decode(String quoted) {
        if (quoted.length() < 2 || quoted.charAt(0) != quoted.charAt(quoted.length() - 1)
                || (quoted.charAt(0) != '\'' && quoted.charAt(0) != '"')) {
            return quoted;
        }
        String body = quoted.substring(1, quoted.length() - 1);
        StringBuilder out = new StringBuilder(body.length());
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 == body.length()) {
                out.append(c);
                i++;
                continue;
            }
            i = appendEscape(body, i + 1, out);
        }
        return out.toString();
    }

    /** Appends the escape whose letter is at {@code at} and returns the index after it. */
    private static int appendEscape(String body, int at, StringBuilder out) {
        char letter = body.charAt(at);
        switch (letter) {
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case '0' -> out.append('\0');
            case '\\', '\'', '"' -> out.append(letter);
            case 'x' -> {
                return appendHex(body, at, 2, out);
            }
            case 'u' -> {
                return appendHex(body, at, 4, out);
            }
            case 'U' -> {
                return appendHex(body, at, 8, out);
            }
            default -> out.append('\\').append(letter);
        }
        return at + 1;
    }

    private static int appendHex(String body, int letterAt, int digits, StringBuilder out) {
        int end = letterAt + 1 + digits;
        if (end > body.length()) {
            out.append('\\').append(body, letterAt, body.length());
            return body.length();
        }
        try {
            out.appendCodePoint(Integer.parseInt(body.substring(letterAt + 1, end), 16));
        } catch (IllegalArgumentException e) {
            // Not hex, or beyond Unicode: keep the text as written rather than guess.
            out.append('\\').append(body, letterAt, end);
        }
        return end;
    }
}

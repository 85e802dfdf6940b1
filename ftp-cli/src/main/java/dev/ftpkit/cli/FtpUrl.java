package dev.ftpkit.cli;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * An {@code ftp://[user[:password]@]host[:port][/path]} URL as RFC 1738 section 3.2 reads
 * it: the user and password percent-decoded, port 21 by default, and the path relative to
 * the login directory ({@code %2F} at its start makes it absolute, as curl reads it).
 *
 * @param host the host name or address, IPv6 without brackets
 * @param port the control port
 * @param user the user name, when the URL names one
 * @param password the password, when the URL holds one; never shown
 * @param directory the directory to work in, "" for the login directory
 */
record FtpUrl(String host, int port, Optional<String> user, Optional<String> password,
        String directory) {

    private static final int DEFAULT_PORT = 21;

    /**
     * Reads {@code text}.
     *
     * @throws IllegalArgumentException with a message for the user when it is not an ftp://
     *     URL with a host
     */
    static FtpUrl parse(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + e.getReason() + " in '"
                    + withoutPassword(e.getInput()) + "'");
        }
        if (uri.getScheme() == null || !uri.getScheme().equalsIgnoreCase("ftp")) {
            throw new IllegalArgumentException("only ftp:// URLs can be probed, not '"
                    + withoutPassword(text) + "'");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new IllegalArgumentException("no host in '" + withoutPassword(text) + "'");
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port = uri.getPort() == -1 ? DEFAULT_PORT : uri.getPort();
        Optional<String> user = Optional.empty();
        Optional<String> password = Optional.empty();
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            user = Optional.of(decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
            password = colon < 0 ? Optional.empty()
                    : Optional.of(decode(userInfo.substring(colon + 1)));
        }
        return new FtpUrl(host, port, user, password, directory(uri.getRawPath()));
    }

    /** RFC 1738 3.2.2: the path after the host's "/" is relative to the login directory. */
    private static String directory(String rawPath) {
        if (rawPath == null || rawPath.isEmpty() || rawPath.equals("/")) {
            return "";
        }
        String path = decode(rawPath.substring(1));
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1)
                : path;
    }

    /** Decodes %XX escapes as UTF-8 bytes; unlike URLDecoder, leaves '+' a plus. */
    static String decode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '%' && isHex(text, i + 1)) {
                bytes.write(HexFormat.fromHexDigits(text, i + 1, i + 3));
                i += 3;
            } else {
                int codePoint = text.codePointAt(i);
                bytes.writeBytes(Character.toString(codePoint).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(codePoint);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(String text, int at) {
        return at + 1 < text.length() && HexFormat.isHexDigit(text.charAt(at))
                && HexFormat.isHexDigit(text.charAt(at + 1));
    }

    /** Returns {@code text} with anything between "://" and "@" after a colon masked. */
    static String withoutPassword(String text) {
        return text.replaceFirst("(?i)^([a-z][a-z0-9+.-]*://[^:/@]*):[^@/]*@", "$1:****@");
    }

    /** Returns whether the user is anonymous: none named, or "anonymous" or "ftp". */
    boolean anonymous() {
        return user.map(name -> name.toLowerCase(Locale.ROOT))
                .map(name -> name.equals("anonymous") || name.equals("ftp"))
                .orElse(true);
    }

    @Override
    public String toString() {
        // The record's default would print the password.
        return "FtpUrl[" + user.orElse("anonymous") + "@" + host + ":" + port + "/" + directory
                + "]";
    }
}

package dev.ftpkit.cli.transfer;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A curl-style FTP URL, {@code ftp://user[:password]@host[:port]/path}, read as RFC 1738
 * section 3.2 writes it.
 *
 * <p>The path after the host is relative to the directory the server puts a user in at
 * login, as curl and lftp read it: {@code ftp://host/inbox/a.csv} names {@code inbox/a.csv}
 * there. A path starting with {@code %2F} (or a second slash) is absolute:
 * {@code ftp://host/%2Fetc/motd} names {@code /etc/motd}. User, password and path are
 * percent-decoded as UTF-8; an IPv6 address goes in brackets, {@code ftp://[::1]:2121/}.
 *
 * @param user the user name, when the URL has one
 * @param password the password, when the URL has one (possibly empty)
 * @param host the host name or address, without brackets
 * @param port the control port, 21 unless the URL says otherwise
 * @param path the decoded path: "" for the login directory, "a/b" relative to it, "/a/b"
 *     absolute
 */
public record FtpUrl(Optional<String> user, Optional<String> password, String host, int port,
        String path) {

    static final int DEFAULT_PORT = 21;
    private static final String SCHEME = "ftp://";

    public FtpUrl {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(path, "path");
    }

    /** Returns whether {@code text} is meant as an FTP URL rather than a local path. */
    public static boolean looksLikeUrl(String text) {
        return text.toLowerCase(Locale.ROOT).matches("^[a-z][a-z0-9+.-]*://.*");
    }

    /**
     * Reads {@code text} as an FTP URL.
     *
     * @throws IllegalArgumentException naming what is wrong; the message never holds the
     *     password
     */
    public static FtpUrl parse(String text) {
        if (!text.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw invalid(text, looksLikeUrl(text)
                    ? "only ftp:// URLs are supported (no FTPS or SFTP yet)"
                    : "an FTP URL starts with ftp://");
        }
        String rest = text.substring(SCHEME.length());
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String rawPath = slash < 0 ? "" : rest.substring(slash + 1);

        // The last '@' ends the user part: a password with an unencoded '@' still works.
        int at = authority.lastIndexOf('@');
        Optional<String> user = Optional.empty();
        Optional<String> password = Optional.empty();
        if (at >= 0) {
            String userInfo = authority.substring(0, at);
            int colon = userInfo.indexOf(':');
            user = Optional.of(decode(text, colon < 0 ? userInfo : userInfo.substring(0, colon),
                    "user"));
            if (colon >= 0) {
                password = Optional.of(decode(text, userInfo.substring(colon + 1), "password"));
            }
            if (user.get().isEmpty()) {
                throw invalid(text, "the user name before '@' is empty");
            }
        }
        HostAndPort hostAndPort = HostAndPort.parse(text, authority.substring(at + 1));
        return new FtpUrl(user, password, hostAndPort.host(), hostAndPort.port(),
                decode(text, rawPath, "path"));
    }

    /** Returns this URL with another path (decoded, as {@link #path()} holds it). */
    public FtpUrl withPath(String newPath) {
        return new FtpUrl(user, password, host, port, newPath);
    }

    /** Returns this URL with the user and password given, replacing any in the URL. */
    public FtpUrl withCredentials(String newUser, String newPassword) {
        return new FtpUrl(Optional.of(newUser), Optional.of(newPassword), host, port, path);
    }

    /**
     * Returns the URL as it may be printed: the password left out, the path encoded so that
     * the URL can be pasted back.
     */
    public String redacted() {
        StringBuilder url = new StringBuilder(SCHEME);
        user.ifPresent(name -> url.append(encode(name, false)).append('@'));
        url.append(host.contains(":") ? "[" + host.replace("%", "%25") + "]" : host);
        if (port != DEFAULT_PORT) {
            url.append(':').append(port);
        }
        url.append('/');
        if (path.startsWith("/")) {
            url.append("%2F").append(encode(path.substring(1), true));
        } else {
            url.append(encode(path, true));
        }
        return url.toString();
    }

    @Override
    public String toString() {
        return redacted();
    }

    private static String decode(String url, String raw, String part) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '%') {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0
                    || Character.digit(raw.charAt(i + 2), 16) < 0) {
                throw invalid(url, "the " + part + " has a '%' not followed by two hex digits;"
                        + " write a literal '%' as %25");
            }
            bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
            i += 2;
        }
        String decoded = utf8(url, bytes.toByteArray(), part);
        // CR or LF in a path would end the command line and start another one on the
        // control connection; no legitimate name holds them.
        if (decoded.chars().anyMatch(ch -> ch < 0x20 || ch == 0x7f)) {
            throw invalid(url, "the " + part + " holds a control character (such as %0D or"
                    + " %0A), which FTP cannot send");
        }
        return decoded;
    }

    private static String utf8(String url, byte[] bytes, String part) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw invalid(url, "the " + part + " is not valid UTF-8 once percent-decoded");
        }
    }

    private static String encode(String value, boolean keepSlashes) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9') || "-._~!$&'()*+,;=".indexOf(c) >= 0
                    || (keepSlashes && c == '/');
            if (plain) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return encoded.toString();
    }

    /** Returns the error for {@code url}, which is quoted with its password masked. */
    static IllegalArgumentException invalid(String url, String reason) {
        return new IllegalArgumentException("invalid URL " + masked(url) + ": " + reason);
    }

    /**
     * Returns {@code url} with whatever stands between the first ':' after the scheme and the
     * last '@' replaced by ****. It masks too much rather than too little: a password holding
     * an unencoded '/' must not leak through a URL that failed to parse.
     */
    static String masked(String url) {
        int start = url.indexOf("://");
        int at = url.lastIndexOf('@');
        if (start < 0 || at < start) {
            return url;
        }
        int colon = url.indexOf(':', start + 3);
        if (colon < 0 || colon > at) {
            return url;
        }
        return url.substring(0, colon + 1) + "****" + url.substring(at);
    }

    /** The host and port of the authority part. */
    private record HostAndPort(String host, int port) {

        static HostAndPort parse(String url, String text) {
            String host;
            String portText;
            if (text.startsWith("[")) {
                int close = text.indexOf(']');
                if (close < 0) {
                    throw invalid(url, "the IPv6 address has no closing ']'");
                }
                host = decode(url, text.substring(1, close), "host");
                String after = text.substring(close + 1);
                if (!after.isEmpty() && !after.startsWith(":")) {
                    throw invalid(url, "only ':port' may follow the IPv6 address");
                }
                portText = after.isEmpty() ? null : after.substring(1);
            } else {
                int colon = text.indexOf(':');
                if (colon >= 0 && text.indexOf(':', colon + 1) >= 0) {
                    throw invalid(url, "an IPv6 address must be written in brackets, as in"
                            + " ftp://[::1]:2121/");
                }
                host = colon < 0 ? text : text.substring(0, colon);
                portText = colon < 0 ? null : text.substring(colon + 1);
            }
            if (host.isEmpty()) {
                throw invalid(url, "the host is missing");
            }
            return new HostAndPort(host, port(url, portText));
        }

        private static int port(String url, String text) {
            if (text == null || text.isEmpty()) {
                return DEFAULT_PORT;
            }
            if (!text.matches("\\d{1,5}") || Integer.parseInt(text) < 1
                    || Integer.parseInt(text) > 65535) {
                throw invalid(url, "the port must be a number from 1 to 65535, not \"" + text
                        + "\"");
            }
            return Integer.parseInt(text);
        }
    }
}

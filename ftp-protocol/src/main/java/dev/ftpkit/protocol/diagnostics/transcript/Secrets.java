package dev.ftpkit.protocol.diagnostics.transcript;

import java.util.regex.Pattern;

/**
 * Hides credentials in text taken from a transcript, so that no password read from the
 * input ever reaches an output.
 *
 * <p>Four forms are masked: the argument of PASS (and of ACCT, which some sites use as a
 * second password), the password of an {@code ftp://user:password@host} URL, a quoted
 * value after the word "password" (vsftpd logs {@code anon password "..."}), and the
 * password of lftp's {@code -u user,password} option. Stateless and thread-safe.
 */
public final class Secrets {

    /** What every hidden value is replaced with; its length says nothing about the secret. */
    public static final String MASK = "****";

    // PASS or ACCT where a command starts: at the start of the line, or after a mark that no
    // sentence puts there (">", a quote, a colon). A mangled log may put a command where a
    // reply belongs ("< > PASS x"); a reply's own words ("530 Log in with USER and PASS
    // first") stay. The argument is the rest of the line: passwords may contain spaces.
    private static final Pattern COMMAND = Pattern.compile(
            "(?i)((?:^|[^A-Za-z0-9\\s])\\s*(?:PASS|ACCT))([ \\t]+)\\S.*$");

    // user:password@ inside a URL; the user part may be empty (ftp://:secret@host).
    private static final Pattern URL = Pattern.compile("(?i)(\\b[a-z][a-z0-9+.-]*://[^\\s/:@]*:)"
            + "[^\\s/@]+@");

    // vsftpd's log line for an anonymous login: anon password "guest@example.org".
    private static final Pattern QUOTED = Pattern.compile("(?i)(password\\s*[=:]?\\s*\")[^\"]*\"");

    private static final Pattern LFTP_USER = Pattern.compile("(-u\\s+[^\\s,]+,)\\S+");

    private Secrets() {
    }

    /**
     * Returns {@code line} with the argument of a PASS or ACCT anywhere in it, and URL
     * passwords, replaced by {@link #MASK}.
     */
    public static String mask(String line) {
        String masked = COMMAND.matcher(line).replaceFirst("$1$2" + MASK);
        masked = URL.matcher(masked).replaceAll("$1" + MASK + "@");
        masked = QUOTED.matcher(masked).replaceAll("$1" + MASK + "\"");
        return LFTP_USER.matcher(masked).replaceAll("$1" + MASK);
    }

    /**
     * Returns whether the argument of {@code verb} is a secret to hide. Compared without
     * regard to case.
     */
    public static boolean isSecretArgument(String verb) {
        return verb.equalsIgnoreCase("PASS") || verb.equalsIgnoreCase("ACCT");
    }
}

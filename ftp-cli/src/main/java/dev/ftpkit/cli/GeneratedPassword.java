package dev.ftpkit.cli;

import java.security.SecureRandom;
import java.util.Base64;

/** Makes the one-off password of the user that {@code ftpkit serve} creates. */
final class GeneratedPassword {

    // 12 random bytes are 96 bits, written as 16 base64url characters: letters, digits, '-'
    // and '_', which a URL carries in its user-info part without any escaping.
    private static final int RANDOM_BYTES = 12;

    private static final SecureRandom RANDOM = new SecureRandom();

    private GeneratedPassword() {
    }

    /** Returns a new random password of 16 URL-safe characters. */
    static String next() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

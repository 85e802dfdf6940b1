package dev.ftpkit.server.auth;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes and checks passwords with PBKDF2-HMAC-SHA256 from the JDK.
 *
 * <p>The encoded form is {@code pbkdf2-sha256:<iterations>:<salt base64>:<hash base64>}, so
 * the cost can be raised later without breaking stored hashes.
 */
public final class PasswordHash {

    /** The prefix of every encoded hash. */
    public static final String SCHEME = "pbkdf2-sha256";

    /** The iterations of new hashes: the OWASP 2023 advice for PBKDF2-HMAC-SHA256. */
    public static final int DEFAULT_ITERATIONS = 600_000;

    // A stored hash names its own cost; a hostile user file must not make a login take hours.
    private static final int MAX_ITERATIONS = 10_000_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHash() {
    }

    /** Returns the encoded hash of {@code password} with a fresh random salt. */
    public static String hash(char[] password) {
        return hash(password, DEFAULT_ITERATIONS);
    }

    /**
     * Returns the encoded hash of {@code password} with a fresh random salt and the given
     * cost; fewer iterations than the default only suit tests.
     */
    public static String hash(char[] password, int iterations) {
        checkIterations(iterations);
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(password, salt, iterations);
        Base64.Encoder base64 = Base64.getEncoder();
        return SCHEME + ":" + iterations + ":" + base64.encodeToString(salt) + ":"
                + base64.encodeToString(hash);
    }

    /**
     * Returns whether {@code password} matches {@code encoded}. The comparison takes the same
     * time wherever the hashes differ.
     *
     * @throws IllegalArgumentException when {@code encoded} is not a hash this class wrote
     */
    public static boolean verify(char[] password, String encoded) {
        Parsed parsed = parse(encoded);
        byte[] actual = derive(password, parsed.salt(), parsed.iterations());
        return MessageDigest.isEqual(actual, parsed.hash());
    }

    /**
     * Checks that {@code encoded} is a well-formed hash.
     *
     * @throws IllegalArgumentException saying which part is wrong
     */
    public static void checkFormat(String encoded) {
        parse(encoded);
    }

    /** Returns the iteration count stored in a well-formed {@code encoded} hash. */
    static int iterations(String encoded) {
        return parse(encoded).iterations();
    }

    private static Parsed parse(String encoded) {
        String[] parts = encoded.split(":", -1);
        if (parts.length != 4 || !parts[0].equals(SCHEME)) {
            throw new IllegalArgumentException("not a " + SCHEME
                    + ":<iterations>:<salt>:<hash> password hash");
        }
        int iterations;
        try {
            iterations = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("iterations not a number: " + parts[1], e);
        }
        checkIterations(iterations);
        byte[] salt = decodeBase64(parts[2], "salt");
        byte[] hash = decodeBase64(parts[3], "hash");
        if (salt.length == 0 || hash.length != HASH_BITS / 8) {
            throw new IllegalArgumentException("salt empty or hash not " + HASH_BITS / 8
                    + " bytes");
        }
        return new Parsed(iterations, salt, hash);
    }

    private static byte[] decodeBase64(String text, String part) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(part + " not valid base64: " + text, e);
        }
    }

    private static void checkIterations(int iterations) {
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations out of range 1-" + MAX_ITERATIONS
                    + ": " + iterations);
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
        try {
            SecretKeyFactory factory = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
            return factory.generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            // Every Java SE runtime must provide PBKDF2WithHmacSHA256.
            throw new IllegalStateException("PBKDF2WithHmacSHA256 missing from this JDK", e);
        } finally {
            spec.clearPassword();
        }
    }

    private record Parsed(int iterations, byte[] salt, byte[] hash) {
    }
}

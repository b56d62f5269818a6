package io.cinequiz.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Secrets the service hands out (API keys, player and session tokens): 256 random bits with a prefix naming their
 * kind, shown once and stored only as their SHA-256. A plain hash suffices for values of that entropy; comparisons of
 * hashes take constant time.
 */
public final class Secrets {

    /** Prefix of API client keys. */
    public static final String CLIENT_KEY = "ck_";
    /** Prefix of player tokens. */
    public static final String PLAYER_TOKEN = "pt_";
    /** Prefix of session tokens. */
    public static final String SESSION_TOKEN = "st_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** A new secret: the prefix and 256 random bits in URL-safe base64. */
    public static String newSecret(String prefix) {
        return prefix + random(32);
    }

    /** {@code bytes} random bytes in URL-safe base64, without padding. */
    public static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** The SHA-256 of the secret, in hex: what is stored. */
    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code secret} hashes to {@code storedHash}, compared in constant time. */
    public static boolean matches(String secret, String storedHash) {
        return secret != null && storedHash != null && MessageDigest.isEqual(
                hash(secret).getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}

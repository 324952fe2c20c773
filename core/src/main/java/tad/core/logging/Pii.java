package tad.core.logging;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Wraps a personal value for a log argument so that the log line never carries it in clear (SRS NFR-SEC-05):
 * {@code log.info("fetched {}", Pii.handle(handle))} writes {@code fetched handle:s~5c1e09ab}.
 *
 * <p>The mask keeps the first character and a short keyed hash (HMAC-SHA256) of the value. The same value gives
 * the same mask for the life of the key, so one artist can be followed across lines without being readable. The
 * hash is keyed because handles are public: a plain hash could be reversed by hashing a list of known handles.
 * The key is random per process unless an entry point sets one with {@link #useKey(byte[])} (to correlate across
 * runs); it is never written anywhere.
 */
public final class Pii {

    private static final String ALGORITHM = "HmacSHA256";
    private static volatile SecretKeySpec key = randomKey();
    /** Mac instances are not thread-safe and costly to create: one per thread, renewed when the key changes. */
    private static final ThreadLocal<KeyedMac> MACS = new ThreadLocal<>();

    private record KeyedMac(SecretKeySpec key, Mac mac) {
    }

    private Pii() {
    }

    /** An Instagram (or other) handle, with or without a leading '@'; case-insensitive like Instagram's. */
    public static Masked handle(String handle) {
        String bare = handle == null ? null : stripAt(handle).toLowerCase(Locale.ROOT);
        return new Masked("handle", bare);
    }

    /** A person's or studio owner's name. */
    public static Masked name(String name) {
        return new Masked("name", name == null ? null : name.strip());
    }

    /** An email address; the domain is hidden too, since a personal domain identifies as well. */
    public static Masked email(String email) {
        return new Masked("email", email == null ? null : email.strip().toLowerCase(Locale.ROOT));
    }

    /** Any other personal text (an artist id is not personal; a caption or a bio is). */
    public static Masked text(String text) {
        return new Masked("text", text);
    }

    /** The mask for a value, without a label: what {@link PiiMasker} writes in place of a match. */
    public static String mask(String value) {
        if (value == null || value.isEmpty()) {
            return "~";
        }
        int first = value.codePointAt(0);
        return new String(Character.toChars(first)) + "~" + shortHash(value);
    }

    /**
     * Sets the hashing key, so that masks stay the same across runs. Call once at an entry point with a secret from
     * configuration; a key shorter than 16 bytes is refused.
     */
    public static void useKey(byte[] secret) {
        if (secret == null || secret.length < 16) {
            throw new IllegalArgumentException("the log hashing key needs at least 16 bytes");
        }
        key = new SecretKeySpec(secret.clone(), ALGORITHM);
    }

    static String shortHash(String value) {
        try {
            SecretKeySpec current = key;
            KeyedMac cached = MACS.get();
            if (cached == null || cached.key() != current) {
                Mac mac = Mac.getInstance(ALGORITHM);
                mac.init(current);
                cached = new KeyedMac(current, mac);
                MACS.set(cached);
            }
            byte[] digest = cached.mac().doFinal(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (GeneralSecurityException impossible) {
            // HmacSHA256 is required of every JDK; without it, hide the value entirely rather than fail logging
            return "????????";
        }
    }

    private static String stripAt(String handle) {
        String trimmed = handle.strip();
        return trimmed.startsWith("@") ? trimmed.substring(1) : trimmed;
    }

    private static SecretKeySpec randomKey() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return new SecretKeySpec(secret, ALGORITHM);
    }

    /**
     * A personal value on its way into a log line. Only {@link #toString()} is ever called by the logger, and it
     * masks; the clear value is not reachable from outside.
     */
    public static final class Masked {
        private final String label;
        private final String value;

        private Masked(String label, String value) {
            this.label = label;
            this.value = value;
        }

        @Override
        public String toString() {
            return label + ":" + mask(value);
        }
    }
}

package tad.core.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable ids derived from source identifiers, so a re-run of a crawl lands on the same items (idempotent upserts)
 * and ids in URLs do not spell out a handle.
 */
public final class Ids {
    private Ids() {
    }

    /** The artist id for a normalised Instagram handle. */
    public static String artistId(String instagramHandle) {
        return "a" + digest("artist:" + instagramHandle).substring(0, 15);
    }

    /** The studio id for a source and its identifier (a Google place id). */
    public static String studioId(String source, String sourceId) {
        return "s" + digest("studio:" + source + ":" + sourceId).substring(0, 15);
    }

    /** The image id for an image's id at its source. */
    public static String imageId(String sourceId) {
        return "i" + digest("image:" + sourceId).substring(0, 15);
    }

    static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

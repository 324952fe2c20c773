package tad.core.removal;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Removal request ids: random, so that an id reveals nothing about the requester or the artist and cannot be
 * guessed to read someone else's request.
 */
public final class RemovalRequestIds {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern FORM = Pattern.compile("rq-[0-9a-f]{24}");

    private RemovalRequestIds() {
    }

    public static String newId() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return "rq-" + HexFormat.of().formatHex(bytes);
    }

    /** Whether text has the form of a request id (checked before any store lookup with untrusted input). */
    public static boolean isWellFormed(String text) {
        return text != null && FORM.matcher(text).matches();
    }
}

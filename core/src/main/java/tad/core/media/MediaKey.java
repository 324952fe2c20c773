package tad.core.media;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where one media object lives in a {@link MediaStore}: {@code artists/{artistId}/{imageId}/{size}.{ext}}.
 *
 * <p>Keys arrive from URLs on the serving side and become file paths in the local adapter, so every segment is
 * checked against a strict alphabet: no slashes, no {@code ..}, no empty segments. A key that parses is safe to
 * use as a relative path and as an S3 object name.
 *
 * @param value the key as text, for example {@code artists/a-17/CxYz123/thumb.webp}
 */
public record MediaKey(String value) {

    private static final String ARTISTS = "artists";
    /** Letters, digits, '-' and '_', and dots that are not leading (so never "." or ".."). */
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}");
    private static final Pattern FILE = Pattern.compile("([a-z0-9-]{1,32})\\.(webp|jpg|png)");

    public MediaKey {
        String[] parts = value == null ? new String[0] : value.split("/", -1);
        if (parts.length != 4 || !ARTISTS.equals(parts[0]) || !isSafeSegment(parts[1]) || !isSafeSegment(parts[2])
                || !FILE.matcher(parts[3]).matches()) {
            throw new IllegalArgumentException("not a media key: " + abbreviate(value));
        }
    }

    /** The key of one rendition of one image of an artist. */
    public static MediaKey of(String artistId, String imageId, String size, String extension) {
        return new MediaKey(artistPrefix(artistId) + requireSafe(imageId, "image id") + "/" + size + "."
                + extension.toLowerCase(Locale.ROOT));
    }

    /** Parses a key from untrusted text (a URL path); the exception message is safe to log. */
    public static MediaKey parse(String text) {
        return new MediaKey(text);
    }

    /** The prefix every key of this artist starts with, ending in '/'. */
    public static String artistPrefix(String artistId) {
        return ARTISTS + "/" + requireSafe(artistId, "artist id") + "/";
    }

    /** Whether text can be used as an artist id or image id segment. */
    public static boolean isSafeSegment(String text) {
        return text != null && SEGMENT.matcher(text).matches();
    }

    public String artistId() {
        return value.split("/")[1];
    }

    public String imageId() {
        return value.split("/")[2];
    }

    /** The rendition name, for example {@code thumb}. */
    public String size() {
        String file = value.substring(value.lastIndexOf('/') + 1);
        return file.substring(0, file.indexOf('.'));
    }

    /** The media type implied by the extension; the store never trusts a type from elsewhere. */
    public String contentType() {
        String file = value.substring(value.lastIndexOf('/') + 1);
        return switch (file.substring(file.indexOf('.') + 1)) {
            case "webp" -> "image/webp";
            case "jpg" -> "image/jpeg";
            default -> "image/png";
        };
    }

    @Override
    public String toString() {
        return value;
    }

    private static String requireSafe(String segment, String what) {
        if (!isSafeSegment(segment)) {
            throw new IllegalArgumentException("unsafe " + what + ": " + abbreviate(segment));
        }
        return segment;
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "null";
        }
        // never echo a long or odd value back into logs or HTTP errors
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}

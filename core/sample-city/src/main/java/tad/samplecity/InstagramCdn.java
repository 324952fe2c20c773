package tad.samplecity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fixture's stand-in for {@code scontent-*.cdninstagram.com}: serves the JPEGs under {@code samplecity/images/}
 * for paths {@code /cdn/v/t51.2885-15/FILE} (posts) and {@code /cdn/v/t51.2885-19/FILE} (profile pictures), and
 * refuses URLs whose {@code oe=} expiry has passed, as the real CDN does. That is why the media store must mirror
 * images instead of linking to them.
 */
final class InstagramCdn {
    static final String PREFIX = "/cdn/";
    private static final Pattern MEDIA_PATH = Pattern.compile("/cdn/v/t51\\.2885-1[59]/([A-Za-z0-9_]+\\.jpg)");
    private static final Pattern EXPIRY = Pattern.compile("(?:^|&)oe=([0-9A-Fa-f]{1,12})(?:&|$)");

    /** What the CDN answers. */
    sealed interface Answer {
        record Image(byte[] jpeg) implements Answer {
        }

        record Expired() implements Answer {
        }

        record Missing() implements Answer {
        }
    }

    private final Clock clock;

    InstagramCdn(Clock clock) {
        this.clock = clock;
    }

    Answer fetch(String path, String query) {
        Matcher media = MEDIA_PATH.matcher(path);
        if (!media.matches()) {
            return new Answer.Missing();
        }
        Optional<Instant> expiry = expiry(query == null ? "" : query);
        if (expiry.isEmpty() || !expiry.get().isAfter(clock.instant())) {
            return new Answer.Expired();
        }
        return read(media.group(1)).<Answer>map(Answer.Image::new).orElseGet(Answer.Missing::new);
    }

    private static Optional<Instant> expiry(String query) {
        Matcher m = EXPIRY.matcher(query);
        return m.find() ? Optional.of(Instant.ofEpochSecond(Long.parseLong(m.group(1), 16))) : Optional.empty();
    }

    private static Optional<byte[]> read(String file) {
        try (InputStream in = InstagramCdn.class.getResourceAsStream("/samplecity/images/" + file)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package tad.cli.bench;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Instagram's logged-out web API ({@code /api/v1/users/web_profile_info/?username=}) for the synthetic city's
 * artists, and its image CDN on a second port (a second host, as {@code scontent-*.cdninstagram.com} is).
 */
final class SyntheticInstagram implements AutoCloseable {
    static final String PROFILE_PATH = "/api/v1/users/web_profile_info/";
    private static final Pattern HANDLE = Pattern.compile("bench\\.artist(\\d+)");
    private static final Pattern MEDIA = Pattern.compile("/cdn/v/t51\\.2885-1[59]/([A-Za-z0-9_]+)\\.jpg");
    private static final String JSON_TYPE = "application/json; charset=utf-8";

    private final CityShape shape;
    private final SyntheticProfiles profiles;
    private final SyntheticImages images;
    private final LoopbackServer cdn;
    private final LoopbackServer api;

    SyntheticInstagram(CityShape shape, SyntheticImages images) {
        this.shape = shape;
        this.profiles = new SyntheticProfiles(shape);
        this.images = images;
        this.cdn = new LoopbackServer("bench-cdn", 2, this::image);
        this.api = new LoopbackServer("bench-instagram", 2, this::profile);
    }

    LoopbackServer api() {
        return api;
    }

    LoopbackServer cdn() {
        return cdn;
    }

    private LoopbackServer.Reply profile(String path, String query) {
        Optional<Integer> artist = username(query).map(HANDLE::matcher).filter(Matcher::matches)
                .map(m -> Integer.parseInt(m.group(1))).filter(n -> n < shape.profiles());
        if (!PROFILE_PATH.equals(path) || artist.isEmpty()) {
            return new LoopbackServer.Reply(404, JSON_TYPE,
                    bytes("{\"message\":\"User not found\",\"status\":\"fail\"}"));
        }
        long expiresAt = Instant.now().plus(Duration.ofDays(3)).getEpochSecond();
        String expiry = Long.toHexString(expiresAt).toUpperCase(Locale.ROOT);
        return new LoopbackServer.Reply(200, JSON_TYPE, bytes(profiles.render(artist.get(), cdn.baseUri(), expiry)));
    }

    private LoopbackServer.Reply image(String path, String query) {
        Matcher media = MEDIA.matcher(path);
        if (!media.matches()) {
            return new LoopbackServer.Reply(404, "text/plain", bytes("not found"));
        }
        return new LoopbackServer.Reply(200, "image/jpeg", images.forName(media.group(1)));
    }

    private static Optional<String> username(String rawQuery) {
        if (rawQuery == null) {
            return Optional.empty();
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.startsWith("username=")) {
                String value = URLDecoder.decode(pair.substring("username=".length()), StandardCharsets.UTF_8);
                return Optional.of(value.toLowerCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        api.close();
        cdn.close();
    }
}

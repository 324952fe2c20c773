package tad.serve;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Optional;
import tad.core.denylist.Denylist;
import tad.core.media.MediaKey;
import tad.core.media.MediaStore;

/**
 * {@code /media/{key}}: mirrored images from the media store. Keys are validated by {@link MediaKey} (no traversal,
 * strict alphabet) and the type comes from the key, never from the stored bytes. Objects never change under a key,
 * so they are cached for a year; a denylisted artist's images are refused even before the purge deletes them.
 */
final class MediaService implements HttpService {
    static final String CACHE = "public, max-age=31536000, immutable";

    private final Optional<MediaStore> media;
    private final Denylist denylist;

    MediaService(Optional<MediaStore> media, Denylist denylist) {
        this.media = media;
        this.denylist = denylist;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.route(GetRoutes.of("/{+key}", this::object)).any("/{+key}", MethodNotAllowed.allowing(GetRoutes.ALLOW));
    }

    private void object(ServerRequest req, ServerResponse res) {
        MediaKey key = MediaStore.keyOfPublicPath(MediaStore.PUBLIC_PREFIX + req.path().pathParameters().get("key"))
                .orElseThrow(() -> ProblemException.notFound("no such media object"));
        if (media.isEmpty() || denylist.isArtistDenied(key.artistId())) {
            throw ProblemException.notFound("no such media object");
        }
        byte[] bytes = media.get().get(key).orElseThrow(() -> ProblemException.notFound("no such media object"));
        Responses.cached(req, res, key.contentType(), bytes, CACHE);
    }
}

package tad.serve;

import tad.core.config.ServeSettings;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import tad.core.removal.RemovalRequest;
import tad.core.removal.RemovalRequestIds;
import tad.core.removal.RemovalRequestStore;

/**
 * {@code POST /api/removal-requests}: files a removal request for review. The only write the public API makes, so
 * it is rate limited per client, takes JSON only and reads at most {@code maxBodyBytes}.
 */
final class RemovalRequestsService implements HttpService {
    private final RemovalRequestStore store;
    private final RateLimiter limiter;
    private final ServeSettings settings;
    private final Clock clock;

    RemovalRequestsService(RemovalRequestStore store, ServeSettings settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
        this.limiter = new RateLimiter(settings.removalsPerHour(), settings.removalsBurst(), clock);
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/", this::file).any("/", MethodNotAllowed.allowing("POST"));
    }

    private void file(ServerRequest req, ServerResponse res) {
        OptionalLong retryAfter = limiter.acquire(ClientAddress.of(req, settings.trustForwarded()));
        if (retryAfter.isPresent()) {
            throw new ProblemException(Problem.of(429, "rate-limited", "Too many requests",
                    "too many removal requests from this address; try again later"),
                    Map.of("Retry-After", Long.toString(retryAfter.getAsLong())));
        }
        requireJson(req);
        RemovalForm form = RemovalForm.parse(body(req));
        RemovalRequest request = RemovalRequest.pending(RemovalRequestIds.newId(), form.instagramHandle(),
                form.artistId(), form.email(), form.reason(), clock.instant());
        store.save(request);
        Responses.json(req, res, Status.ACCEPTED_202, new Accepted(request.id()));
    }

    private static void requireJson(ServerRequest req) {
        String type = req.headers().first(HeaderNames.CONTENT_TYPE).orElse("").toLowerCase(Locale.ROOT);
        String bare = type.split(";")[0].strip();
        if (!bare.equals("application/json")) {
            throw new ProblemException(Problem.of(415, "unsupported-media-type", "Unsupported media type",
                    "send the request as application/json"), Map.of("Accept-Post", "application/json"));
        }
    }

    /** The body, refusing more than the cap whether or not the client declared a length. */
    private byte[] body(ServerRequest req) {
        int cap = settings.maxBodyBytes();
        long declared = req.headers().contentLength().orElse(-1);
        if (declared > cap) {
            throw tooLarge(cap);
        }
        try (InputStream in = req.content().inputStream()) {
            byte[] bytes = in.readNBytes(cap + 1);
            if (bytes.length > cap) {
                throw tooLarge(cap);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ProblemException tooLarge(int cap) {
        return new ProblemException(Problem.of(413, "content-too-large", "Content too large",
                "the request body may have at most " + cap + " bytes"));
    }

    record Accepted(String id) {
    }
}

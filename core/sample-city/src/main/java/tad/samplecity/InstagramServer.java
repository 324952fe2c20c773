package tad.samplecity;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The sample city's Instagram: the logged-out web API ({@code GET /api/v1/users/web_profile_info/?username=}) and
 * its image CDN, on 127.0.0.1 and an ephemeral port. Each roster artist behaves as {@code roster.json} says (see
 * {@link InstagramBehaviour}), with what the web API does since July 2026 on top (see {@link InstagramAccount}):
 * business and creator accounts are refused with HTTP 400 ("ig_business_category_subvertical has been deleted"),
 * public personal accounts come without their posts (a post count, no edges). {@value #HOSTILE_HANDLE} is a hostile
 * profile for containment tests (script tags, a bio of over 20,000 characters, a {@code javascript:} external URL, a
 * post whose "image" is an HTML page), served whole, and is not a roster artist. docs/instagram.md describes it all.
 * Like Instagram, it refuses API calls without the web app's {@code X-IG-App-ID} header ("useragent mismatch").
 */
public final class InstagramServer implements Fixture {
    /** A profile full of markup and oversized text, served like an ordinary public profile. */
    public static final String HOSTILE_HANDLE = "hostile.fixture";
    public static final String PROFILE_PATH = "/api/v1/users/web_profile_info/";
    /** How long the CDN URLs in a served payload stay valid. */
    static final Duration URL_LIFETIME = Duration.ofDays(3);

    private final LoopbackHttp http;
    private final Clock clock;
    private final Map<String, InstagramBehaviour> behaviours;
    private final Map<String, InstagramAccount> accounts;
    private final InstagramPayloads payloads;
    private final InstagramCdn cdn;
    private final Map<String, AtomicInteger> profileRequests = new ConcurrentHashMap<>();

    private InstagramServer(Clock clock, Map<String, InstagramBehaviour> behaviours,
                            Map<String, InstagramAccount> accounts) throws IOException {
        this.clock = clock;
        this.behaviours = behaviours;
        this.accounts = accounts;
        this.payloads = InstagramPayloads.load(behaviours.keySet());
        this.cdn = new InstagramCdn(clock);
        this.http = new LoopbackHttp("instagram-fixture", 4, this::handle);
    }

    public static InstagramServer start() {
        return start(Clock.systemUTC());
    }

    /** With a given clock, which decides the CDN URLs' expiry (tests of expired URLs move it forward). */
    public static InstagramServer start(Clock clock) {
        Map<String, InstagramBehaviour> behaviours = new HashMap<>();
        Map<String, InstagramAccount> accounts = new HashMap<>();
        for (Roster.Artist artist : Roster.load().artists()) {
            String handle = artist.handle().toLowerCase(Locale.ROOT);
            behaviours.put(handle, InstagramBehaviour.fromRoster(artist.instagram()));
            accounts.put(handle, artist.accountType());
        }
        behaviours.put(HOSTILE_HANDLE, InstagramBehaviour.OK);
        try {
            return new InstagramServer(clock, Map.copyOf(behaviours), Map.copyOf(accounts));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public URI baseUri() {
        return http.baseUri();
    }

    @Override
    public List<RecordedRequest> requests() {
        return http.requests();
    }

    /** How many profile requests were made for a handle (including refused ones). */
    public int profileRequestCount(String handle) {
        AtomicInteger count = profileRequests.get(handle.toLowerCase(Locale.ROOT));
        return count == null ? 0 : count.get();
    }

    @Override
    public void close() {
        http.close();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            http.record(exchange);
            String path = exchange.getRequestURI().getRawPath();
            String query = exchange.getRequestURI().getRawQuery();
            if (!exchange.getRequestMethod().equals("GET")) {
                InstagramReplies.send(exchange, InstagramReplies.status(405, "text/plain", "GET only"));
            } else if (path.equals(PROFILE_PATH)) {
                InstagramReplies.send(exchange, profile(exchange, query));
            } else if (path.startsWith(InstagramCdn.PREFIX)) {
                InstagramReplies.send(exchange, InstagramReplies.fromCdn(cdn.fetch(path, query)));
            } else if (path.equals("/accounts/login/")) {
                InstagramReplies.send(exchange, InstagramReplies.loginPage());
            } else {
                InstagramReplies.send(exchange, InstagramReplies.status(404, "text/html; charset=utf-8",
                        "<!DOCTYPE html><title>Page not found • Instagram</title>"));
            }
        }
    }

    private InstagramReplies.Reply profile(HttpExchange exchange, String query) {
        if (exchange.getRequestHeaders().getFirst("X-IG-App-ID") == null) {
            return InstagramReplies.useragentMismatch();
        }
        Optional<String> username = queryParameter(query, "username");
        if (username.isEmpty() || username.get().isBlank()) {
            return InstagramReplies.status(400, "application/json; charset=utf-8",
                    "{\"message\":\"username is required\",\"status\":\"fail\"}");
        }
        String handle = username.get().toLowerCase(Locale.ROOT);
        int attempt = profileRequests.computeIfAbsent(handle, h -> new AtomicInteger()).incrementAndGet();
        InstagramBehaviour behaviour = behaviours.get(handle);
        if (behaviour == null) {
            return InstagramReplies.unknownUser();
        }
        return switch (behaviour) {
            case LOGIN_WALL -> InstagramReplies.loginRedirect(http.baseUri(), PROFILE_PATH + "?username="
                    + URLEncoder.encode(handle, StandardCharsets.UTF_8));
            case THROTTLED_ONCE -> attempt == 1 ? InstagramReplies.throttled(1) : answer2026(handle);
            case WAIT_401 -> InstagramReplies.pleaseWait();
            case OK, PRIVATE, NOT_FOUND -> answer2026(handle);
        };
    }

    /** What web_profile_info answers since late July 2026 for a profile it would otherwise show. */
    private InstagramReplies.Reply answer2026(String handle) {
        InstagramAccount account = accounts.get(handle);
        if (account == null) {
            return payload(handle, false);  // the hostile fixture: served whole, for containment tests
        }
        if (account.professional()) {
            return InstagramReplies.businessSchemaDeleted();
        }
        return payload(handle, account == InstagramAccount.PERSONAL);
    }

    private InstagramReplies.Reply payload(String handle, boolean withoutPosts) {
        String body = payloads.render(handle, http.baseUri(), clock.instant().plus(URL_LIFETIME)).orElseThrow();
        return InstagramReplies.status(200, "application/json; charset=utf-8",
                withoutPosts ? InstagramPayloads.withoutPosts(body) : body);
    }

    /** The recorded payload of a handle as the web API served it before 2026, for the Graph look-alike to derive from. */
    Optional<String> recordedPayload(String handle) {
        return payloads.render(handle.toLowerCase(Locale.ROOT), http.baseUri(), clock.instant().plus(URL_LIFETIME));
    }

    static Optional<String> queryParameter(String rawQuery, String name) {
        if (rawQuery == null) {
            return Optional.empty();
        }
        List<String> found = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            if (key.equals(name)) {
                found.add(eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return found.stream().findFirst();
    }
}

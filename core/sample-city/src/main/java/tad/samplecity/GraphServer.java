package tad.samplecity;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sample city's Instagram Graph API: Business Discovery ({@code GET /{version}/{user-id}?fields=
 * business_discovery.username(HANDLE){...}}) on 127.0.0.1 and an ephemeral port. Professional (business and creator)
 * roster artists are answered with their profile and media, derived from the same recorded payloads the web
 * look-alike serves; personal accounts and handles that do not exist get error 110/2207013, as from Meta. Only
 * {@link #ACCESS_TOKEN} (as {@code Authorization: Bearer} or {@code access_token}) and {@link #USER_ID} are
 * accepted: any other token is expired (190/463). Tests can make it throttle ({@link #throttleAfter}).
 * The images its answers point at are on the web look-alike's CDN, as Graph's are on Instagram's.
 */
public final class GraphServer implements Fixture {
    public static final String ACCESS_TOKEN = "EAAsample-city-graph-token";
    /** The operator's own professional account in the sample city. */
    public static final String USER_ID = "17841400000000001";
    private static final Pattern PATH = Pattern.compile("/(v\\d{1,3}\\.\\d{1,2})/(\\d+)/?");
    private static final Pattern DISCOVERY = Pattern.compile("business_discovery\\.username\\(([^)]*)\\)");
    private static final Pattern MEDIA_LIMIT = Pattern.compile("media\\.limit\\((\\d{1,3})\\)");

    private final LoopbackHttp http;
    private final InstagramServer instagram;
    private final Map<String, InstagramAccount> accounts;
    private final AtomicInteger discoveryCalls = new AtomicInteger();
    private volatile int throttleAfter = Integer.MAX_VALUE;
    private volatile int expireTokenAfter = Integer.MAX_VALUE;
    private volatile int regainMinutes;

    private GraphServer(InstagramServer instagram, Map<String, InstagramAccount> accounts) {
        this.instagram = instagram;
        this.accounts = accounts;
        this.http = new LoopbackHttp("graph-fixture", 4, this::handle);
    }

    /** A Graph look-alike whose media URLs point at the given web look-alike's CDN. */
    public static GraphServer start(InstagramServer instagram) {
        Map<String, InstagramAccount> accounts = new java.util.HashMap<>();
        for (Roster.Artist artist : Roster.load().artists()) {
            accounts.put(artist.handle().toLowerCase(Locale.ROOT), artist.accountType());
        }
        accounts.put(InstagramServer.HOSTILE_HANDLE, InstagramAccount.BUSINESS);
        return new GraphServer(instagram, Map.copyOf(accounts));
    }

    /**
     * From the next call on, answers up to {@code calls} more Business Discovery calls normally, then throttles
     * (error 80002, {@code estimated_time_to_regain_access} minutes in the usage header) until {@link #lift()}.
     */
    public void throttleAfter(int calls, int regainMinutes) {
        this.regainMinutes = regainMinutes;
        this.throttleAfter = discoveryCalls.get() + calls;
    }

    public void lift() {
        this.throttleAfter = Integer.MAX_VALUE;
        this.expireTokenAfter = Integer.MAX_VALUE;
    }

    /**
     * From the next call on, answers up to {@code calls} more Business Discovery calls normally, then treats the
     * token as expired (190/463) until {@link #lift()}: a token that lapses in the middle of a crawl.
     */
    public void expireTokenAfter(int calls) {
        this.expireTokenAfter = discoveryCalls.get() + calls;
    }

    /** Business Discovery calls received (throttled and refused ones included). */
    public int discoveryCalls() {
        return discoveryCalls.get();
    }

    @Override
    public URI baseUri() {
        return http.baseUri();
    }

    @Override
    public List<RecordedRequest> requests() {
        return http.requests();
    }

    @Override
    public void close() {
        http.close();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            http.record(exchange);
            InstagramReplies.send(exchange, answer(exchange));
        }
    }

    private InstagramReplies.Reply answer(HttpExchange exchange) {
        Matcher path = PATH.matcher(exchange.getRequestURI().getRawPath());
        String version = path.matches() ? path.group(1) : "v26.0";
        if (!exchange.getRequestMethod().equals("GET") || !path.matches()) {
            return reply(400, GraphReplies.error("Unknown path components", "OAuthException", 2500, null, false,
                    null, null), version);
        }
        String query = exchange.getRequestURI().getRawQuery();
        String token = bearer(exchange).or(() -> InstagramServer.queryParameter(query, "access_token")).orElse("");
        if (token.isEmpty()) {
            return reply(400, GraphReplies.error("An active access token must be used to query information about "
                    + "the current user.", "OAuthException", 2500, null, false, null, null), version);
        }
        if (!token.equals(ACCESS_TOKEN)) {
            return reply(400, token.startsWith("EAA") ? GraphReplies.tokenExpired() : GraphReplies.tokenInvalid(),
                    version);
        }
        if (!path.group(2).equals(USER_ID)) {
            return reply(400, GraphReplies.unsupportedGet(), version);
        }
        String fields = InstagramServer.queryParameter(query, "fields").orElse("");
        Matcher discovery = DISCOVERY.matcher(fields);
        if (!discovery.find()) {
            return reply(200, "{\"id\":\"" + USER_ID + "\",\"username\":\"leeds.ink.directory\"}", version);
        }
        int call = discoveryCalls.incrementAndGet();
        if (call > expireTokenAfter) {
            return reply(400, GraphReplies.tokenExpired(), version);
        }
        if (call > throttleAfter) {
            return GraphReplies.json(400, GraphReplies.tooManyCalls(), version, 100, USER_ID, regainMinutes);
        }
        String handle = discovery.group(1).toLowerCase(Locale.ROOT);
        InstagramAccount account = accounts.getOrDefault(handle, InstagramAccount.NONE);
        Optional<String> payload = instagram.recordedPayload(handle);
        if (!account.professional() || payload.isEmpty()) {
            return reply(400, GraphReplies.notProfessional(discovery.group(1)), version);
        }
        Matcher limit = MEDIA_LIMIT.matcher(fields);
        int mediaLimit = limit.find() ? Integer.parseInt(limit.group(1)) : 25;
        return reply(200, GraphDiscovery.answer(payload.get(), USER_ID, mediaLimit), version);
    }

    private InstagramReplies.Reply reply(int status, String body, String version) {
        int usage = Math.min(99, discoveryCalls.get() / 2);
        return GraphReplies.json(status, body, version, usage, USER_ID, 0);
    }

    private static Optional<String> bearer(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null) {
            return Optional.empty();
        }
        String value = header.strip();
        for (String scheme : List.of("Bearer ", "OAuth ")) {
            if (value.regionMatches(true, 0, scheme, 0, scheme.length())) {
                return Optional.of(value.substring(scheme.length()).strip());
            }
        }
        return Optional.empty();
    }
}

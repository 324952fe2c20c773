package tad.core.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import tad.plugin.Failure;
import tad.plugin.HttpFailure;
import tad.plugin.HttpResponse;
import tad.plugin.PageVisit;
import tad.plugin.PoliteHttp;
import tad.plugin.RequestOptions;

/**
 * One page being rendered: every request the page makes is paused by the browser (CDP {@code Fetch} domain) and
 * answered here. The page's own document comes from what the crawl already fetched; scripts and XHR/fetch GETs are
 * fetched through the polite client (robots.txt, per-host interval, User-Agent); everything else (images, styles,
 * fonts, frames, beacons, POSTs) is refused without a request, as rendering the roster does not need it.
 */
final class RenderSession {
    private static final Set<String> FETCHED_TYPES = Set.of("Script", "XHR", "Fetch");
    private static final Set<String> DROPPED_HEADERS = Set.of("content-length", "content-encoding",
            "transfer-encoding", "connection", "keep-alive");

    private final URI page;
    private final HttpResponse document;
    private final PoliteHttp http;
    private final CdpConnection cdp;
    private final String sessionId;
    private final ExecutorService workers;
    private final int maxRequests;
    private final List<PageVisit> visits = new ArrayList<>();
    private final AtomicInteger seen = new AtomicInteger();
    private final AtomicInteger pending = new AtomicInteger();
    private volatile boolean loaded;
    private volatile long lastActivity = System.nanoTime();

    RenderSession(URI page, HttpResponse document, PoliteHttp http, CdpConnection cdp, String sessionId,
                  ExecutorService workers, int maxRequests) {
        this.page = page;
        this.document = document;
        this.http = http;
        this.cdp = cdp;
        this.sessionId = sessionId;
        this.workers = workers;
        this.maxRequests = maxRequests;
    }

    void onEvent(JsonNode message) {
        String method = message.path("method").asText();
        if (method.equals("Page.loadEventFired")) {
            loaded = true;
            lastActivity = System.nanoTime();
        } else if (method.equals("Fetch.requestPaused")) {
            pending.incrementAndGet();
            lastActivity = System.nanoTime();
            JsonNode params = message.path("params");
            workers.submit(() -> answer(params));
        }
    }

    /** Waits until the page has loaded and its requests have been quiet for {@code quiet}, or the deadline. */
    boolean awaitSettled(Duration quiet, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (loaded && pending.get() == 0 && System.nanoTime() - lastActivity >= quiet.toNanos()) {
                return true;
            }
            Thread.sleep(25);
        }
        return false;
    }

    /** The page's requests by URL: the browser issues them concurrently, so their order is not meaningful. */
    synchronized List<PageVisit> visits() {
        return visits.stream().sorted(java.util.Comparator.comparing(PageVisit::url)).toList();
    }

    private void answer(JsonNode params) {
        String requestId = params.path("requestId").asText();
        String url = params.path("request").path("url").asText();
        String type = params.path("resourceType").asText("Other");
        String method = params.path("request").path("method").asText("GET");
        try {
            if (type.equals("Document") && sameDocument(url)) {
                fulfill(requestId, document);
            } else if (seen.incrementAndGet() > maxRequests) {
                refuse(requestId, url, "rendering: more than " + maxRequests + " requests from one page");
            } else if (!FETCHED_TYPES.contains(type) || !method.equals("GET")) {
                refuse(requestId, url, "rendering: " + describe(type, method) + " not needed to read the roster");
            } else {
                fetch(requestId, url, type);
            }
        } catch (IOException | RuntimeException e) {
            record(PageVisit.failed(url, "rendering: " + e.getClass().getSimpleName()));
        } finally {
            pending.decrementAndGet();
            lastActivity = System.nanoTime();
        }
    }

    private void fetch(String requestId, String url, String type) throws IOException {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            refuse(requestId, url, "rendering: not a URL we fetch");
            return;
        }
        try {
            HttpResponse response = http.get(uri, Map.of("Accept", "*/*"), RequestOptions.webPage());
            fulfill(requestId, response);
            record(PageVisit.fetched(url, "rendering: " + type.toLowerCase(Locale.ROOT) + ", HTTP "
                    + response.status()));
        } catch (HttpFailure failure) {
            ObjectNode refused = CdpConnection.params().put("requestId", requestId)
                    .put("errorReason", failure.failure().reason() == Failure.Reason.ROBOTS_DISALLOWED
                            ? "BlockedByClient" : "Failed");
            cdp.call(sessionId, "Fetch.failRequest", refused, Duration.ofSeconds(10));
            boolean robots = failure.failure().reason() == Failure.Reason.ROBOTS_DISALLOWED;
            record(robots ? PageVisit.skipped(url, failure.failure().detail())
                    : PageVisit.failed(url, "rendering: " + failure.failure().detail()));
        }
    }

    private void fulfill(String requestId, HttpResponse response) throws IOException {
        ArrayNode headers = CdpConnection.params().arrayNode();
        response.headers().forEach((name, values) -> {
            if (!DROPPED_HEADERS.contains(name)) {
                values.forEach(value -> headers.addObject().put("name", name).put("value", value));
            }
        });
        ObjectNode params = CdpConnection.params().put("requestId", requestId).put("responseCode", response.status())
                .put("body", Base64.getEncoder().encodeToString(response.body()));
        params.set("responseHeaders", headers);
        cdp.call(sessionId, "Fetch.fulfillRequest", params, Duration.ofSeconds(10));
    }

    private void refuse(String requestId, String url, String reason) throws IOException {
        cdp.call(sessionId, "Fetch.failRequest", CdpConnection.params().put("requestId", requestId)
                .put("errorReason", "BlockedByClient"), Duration.ofSeconds(10));
        record(PageVisit.skipped(url, reason));
    }

    private boolean sameDocument(String url) {
        String wanted = page.toString();
        int hash = url.indexOf('#');
        return (hash >= 0 ? url.substring(0, hash) : url).equals(wanted);
    }

    private static String describe(String type, String method) {
        return method.equals("GET") ? type.toLowerCase(Locale.ROOT) : method + " " + type.toLowerCase(Locale.ROOT);
    }

    private synchronized void record(PageVisit visit) {
        visits.add(visit);
    }
}

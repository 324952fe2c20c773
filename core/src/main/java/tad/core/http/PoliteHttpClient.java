package tad.core.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tad.core.config.HttpSettings;
import tad.core.politeness.HostLeaseWaiter;
import tad.core.politeness.HostLeases;
import tad.plugin.Failure;
import tad.plugin.HttpFailure;
import tad.plugin.HttpResponse;
import tad.plugin.PoliteHttp;
import tad.plugin.RequestOptions;
import tad.plugin.RobotsVerdict;

/**
 * The shared polite HTTP client (Apache HttpClient 5 underneath), the only one in the process: every plugin's
 * requests, robots.txt and sitemaps, the page renderer's subresources and image downloads go through it, so one
 * clock per host holds across all of them. Per-host single slot and minimum interval, robots.txt (RFC 9309, with
 * its Crawl-delay), bounded concurrency across hosts, retries with backoff and jitter honouring Retry-After, a per-host
 * circuit breaker, redirect policy and response size caps. Thread-safe; one instance per process.
 */
public final class PoliteHttpClient implements PoliteHttp, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PoliteHttpClient.class);
    private static final int MAX_REDIRECTS = 5;
    /** robots.txt: redirects followed even to another host (RFC 9309 section 2.3.1.2), no retries, cut at 500 KiB. */
    private static final RequestOptions ROBOTS_FETCH = new RequestOptions(false, true, true,
            RobotsCache.MAX_ROBOTS_BYTES, false);

    private final HttpSettings settings;
    private final CloseableHttpClient client;
    private final Clock clock;
    private final Sleeper sleeper;
    private final RetryPolicy retries;
    private final Semaphore inFlight;
    private final Map<String, HostGate> gates = new ConcurrentHashMap<>();
    private final RobotsCache robots;
    private final AtomicLong requests = new AtomicLong();
    private final Optional<HostLeaseWaiter> shared;

    public PoliteHttpClient(HttpSettings settings) {
        this(settings, Clock.systemUTC(), Sleeper.REAL, RandomGenerator.getDefault());
    }

    public PoliteHttpClient(HttpSettings settings, Clock clock, Sleeper sleeper, RandomGenerator random) {
        this(settings, clock, sleeper, random, Optional.empty());
    }

    /**
     * @param shared per-host leases shared with other processes (distributed workers), consulted after this
     *               process's own host gate so that the interval holds across all of them
     */
    public PoliteHttpClient(HttpSettings settings, Clock clock, Sleeper sleeper, RandomGenerator random,
                            Optional<HostLeases> shared) {
        this.settings = settings;
        this.shared = shared.map(leases -> new HostLeaseWaiter(leases, sleeper::sleep));
        this.client = HttpClients5.build(settings);
        this.clock = clock;
        this.sleeper = sleeper;
        this.retries = new RetryPolicy(settings.retries(), settings.backoffBase(), settings.maxRetryAfter(), random,
                clock);
        this.inFlight = new Semaphore(settings.concurrency(), true);
        this.robots = new RobotsCache(robotName(settings.userAgent()),
                uri -> send(new HttpGet(uri), Map.of(), ROBOTS_FETCH, false, true), clock);
    }

    @Override
    public HttpResponse get(URI uri, Map<String, String> headers, RequestOptions options) throws HttpFailure {
        return send(new HttpGet(uri), headers, options, options.checkRobots(), false);
    }

    @Override
    public HttpResponse post(URI uri, Map<String, String> headers, byte[] body, String contentType,
                             RequestOptions options) throws HttpFailure {
        HttpPost post = new HttpPost(uri);
        post.setEntity(new ByteArrayEntity(body, ContentType.parse(contentType)));
        return send(post, headers, options, options.checkRobots(), false);
    }

    @Override
    public boolean allowedByRobots(URI uri) throws HttpFailure {
        return robots(uri).allowed();
    }

    /** The verdict of the host's robots.txt; its Crawl-delay becomes the host's interval when larger. */
    @Override
    public RobotsVerdict robots(URI uri) throws HttpFailure {
        requireHttp(uri);
        RobotsVerdict verdict = robots.verdict(uri);
        if (!verdict.crawlDelay().isZero()) {
            gate(uri).crawlDelay(verdict.crawlDelay());
        }
        return verdict;
    }

    /** Requests sent so far, retries included (for crawl reports and benchmarks). */
    public long requestCount() {
        return requests.get();
    }

    private HttpResponse send(HttpUriRequestBase request, Map<String, String> headers, RequestOptions options,
                              boolean checkRobots, boolean truncate) throws HttpFailure {
        URI current = uri(request);
        List<URI> chain = new ArrayList<>();
        Set<URI> seen = new HashSet<>();
        seen.add(current);
        while (true) {
            requireHttp(current);
            if (checkRobots) {
                RobotsVerdict verdict = robots(current);
                if (!verdict.allowed()) {
                    throw new HttpFailure(Failure.Reason.ROBOTS_DISALLOWED, verdict.reason() + " (" + current.getPath()
                            + ")");
                }
            }
            HttpResponse response = withRetries(request, current, headers, options, truncate);
            Optional<String> location = response.header("location");
            if (!options.followRedirects() || !isRedirect(response.status()) || location.isEmpty()) {
                return new HttpResponse(response.status(), response.headers(), response.body(), current, chain);
            }
            URI next = current.resolve(location.get().strip());
            if (!options.allowCrossHost() && !sameSite(current, next)) {
                throw new HttpFailure(Failure.Reason.OFF_SITE_REDIRECT, "redirect to another host: " + next.getHost());
            }
            chain.add(current);
            if (!seen.add(next) || chain.size() > MAX_REDIRECTS) {
                throw new HttpFailure(Failure.Reason.REDIRECT_LOOP, "redirect loop or more than " + MAX_REDIRECTS
                        + " redirects");
            }
            current = next;
            // redirects are followed with GET: we only POST to APIs, which are never redirected on purpose
            request = new HttpGet(next);
        }
    }

    private HttpResponse withRetries(HttpUriRequestBase request, URI uri, Map<String, String> headers,
                                     RequestOptions options, boolean truncate) throws HttpFailure {
        int attempt = 0;
        while (true) {
            attempt++;
            try {
                HttpResponse response = once(request, uri, headers, options, truncate);
                boolean canRetry = options.retry() && attempt <= retries.maxRetries()
                        && RetryPolicy.retryableStatus(response.status());
                if (!canRetry) {
                    return response;
                }
                Optional<Duration> wait = retries.delay(attempt, response.header("retry-after"));
                if (wait.isEmpty()) {
                    return response;
                }
                LOG.debug("status {} from {}, retry {} in {} ms", response.status(), uri.getHost(), attempt,
                        wait.get().toMillis());
                pause(wait.get());
            } catch (HttpFailure failure) {
                boolean transientFailure = failure.failure().reason() == Failure.Reason.TIMEOUT
                        || failure.failure().reason() == Failure.Reason.NETWORK;
                if (!(options.retry() && transientFailure && attempt <= retries.maxRetries())) {
                    throw failure;
                }
                pause(retries.delay(attempt, Optional.empty()).orElse(Duration.ZERO));
            }
        }
    }

    private HttpResponse once(HttpUriRequestBase request, URI uri, Map<String, String> headers,
                              RequestOptions options, boolean truncate) throws HttpFailure {
        HostGate gate = gate(uri);
        if (!gate.breaker.allowsRequest()) {
            throw new HttpFailure(Failure.Reason.CIRCUIT_OPEN, "host " + uri.getHost() + " is failing; paused until "
                    + gate.breaker.openUntil());
        }
        long cap = options.maxBytes() > 0 ? options.maxBytes() : settings.maxBytes();
        try {
            gate.enter(sleeper);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpFailure(Failure.Reason.NETWORK, "interrupted");
        }
        // whatever stops us between entering the gate and sending (an interrupt, a store failure behind the shared
        // lease), the gate is left: with one slot per host, a gate never left blocks every later request to it
        boolean admitted = false;
        try {
            if (shared.isPresent()) {
                shared.get().awaitTurn(hostKey(uri), gate.interval());
            }
            inFlight.acquire();
            admitted = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpFailure(Failure.Reason.NETWORK, "interrupted");
        } catch (RuntimeException e) {
            throw new HttpFailure(Failure.Reason.NETWORK, "the shared host lease for " + uri.getHost()
                    + " is unavailable: " + e.getClass().getSimpleName());
        } finally {
            if (!admitted) {
                gate.leave();
            }
        }
        try {
            HttpUriRequestBase copy = HttpClients5.copy(request, uri, headers);
            requests.incrementAndGet();
            HttpResponse response = client.execute(copy, r -> HttpClients5.toResponse(r, uri, cap,
                    settings.readTimeout(), truncate));
            if (response.status() >= 500) {
                gate.breaker.recordFailure();
            } else {
                gate.breaker.recordSuccess();
            }
            return response;
        } catch (HttpClients5.BodyFailure wrapped) {
            throw wrapped.failure;
        } catch (InterruptedIOException e) {
            gate.breaker.recordFailure();
            throw new HttpFailure(Failure.Reason.TIMEOUT, "timed out talking to " + uri.getHost());
        } catch (IOException e) {
            gate.breaker.recordFailure();
            throw new HttpFailure(Failure.Reason.NETWORK, "cannot reach " + uri.getHost() + ": "
                    + e.getClass().getSimpleName());
        } finally {
            inFlight.release();
            gate.leave();
        }
    }

    private void pause(Duration duration) throws HttpFailure {
        try {
            sleeper.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpFailure(Failure.Reason.NETWORK, "interrupted while backing off");
        }
    }

    private HostGate gate(URI uri) {
        return gates.computeIfAbsent(hostKey(uri), k -> new HostGate(settings.hostDelay(), settings.hostConcurrency(),
                new CircuitBreaker(settings.circuitFailures(), settings.circuitOpen(), clock)));
    }

    /** scheme://host:port, the unit of politeness (IP-address hosts and plain http included). */
    static String hostKey(URI uri) {
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }

    private static boolean sameSite(URI a, URI b) {
        return a.getHost() != null && b.getHost() != null && SiteNames.registrableDomain(a.getHost())
                .equals(SiteNames.registrableDomain(b.getHost())) && samePortFamily(a, b);
    }

    /** On IP hosts the port tells sites apart (fixtures); on names the registrable domain does. */
    private static boolean samePortFamily(URI a, URI b) {
        return !SiteNames.isIpAddress(a.getHost()) || hostKey(a).equals(hostKey(b));
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static void requireHttp(URI uri) throws HttpFailure {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new HttpFailure(Failure.Reason.HTTP_ERROR, "not an http(s) URL: " + scheme);
        }
    }

    private static URI uri(HttpUriRequestBase request) throws HttpFailure {
        try {
            return request.getUri();
        } catch (java.net.URISyntaxException e) {
            throw new HttpFailure(Failure.Reason.HTTP_ERROR, "malformed URL");
        }
    }

    private static String robotName(String userAgent) {
        int slash = userAgent.indexOf('/');
        return (slash > 0 ? userAgent.substring(0, slash) : userAgent).strip();
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException e) {
            LOG.debug("closing the HTTP client: {}", e.getClass().getSimpleName());
        }
    }
}

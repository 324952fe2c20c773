package tad.plugin;

import java.net.URI;
import java.util.Map;

/**
 * The one HTTP client every plugin uses. It identifies the bot (User-Agent with a contact URL), keeps a minimum
 * interval per host (a robots.txt Crawl-delay wins when larger), honours robots.txt for website fetches, bounds
 * concurrency, retries 429/5xx/timeouts with exponential backoff and jitter honouring Retry-After, trips a per-host
 * circuit breaker, and caps response sizes. Plugins never open HTTP connections of their own (a build rule checks
 * it): every request of the crawl goes through this one client and its one clock per host.
 *
 * <p>Non-2xx responses are returned (after retries), not thrown, so that sources can classify them. Transport
 * problems are thrown as {@link HttpFailure}.
 */
public interface PoliteHttp {

    HttpResponse get(URI uri, Map<String, String> headers, RequestOptions options) throws HttpFailure;

    HttpResponse post(URI uri, Map<String, String> headers, byte[] body, String contentType, RequestOptions options)
            throws HttpFailure;

    /** Whether robots.txt lets this bot fetch the URL (fetches robots.txt once per host, politely). */
    boolean allowedByRobots(URI uri) throws HttpFailure;

    /**
     * What robots.txt says about the URL, with the rule that decided, the site's Crawl-delay and its Sitemap lines.
     * Clients that only know yes or no answer with that alone.
     */
    default RobotsVerdict robots(URI uri) throws HttpFailure {
        boolean allowed = allowedByRobots(uri);
        return new RobotsVerdict(allowed, java.util.Optional.empty(), java.time.Duration.ZERO, java.util.List.of(),
                allowed ? "robots.txt allows it" : "robots.txt disallows it");
    }
}

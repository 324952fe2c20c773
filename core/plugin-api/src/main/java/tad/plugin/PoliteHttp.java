package tad.plugin;

import java.net.URI;
import java.util.Map;

/**
 * The one HTTP client every plugin uses. It identifies the bot (User-Agent with a contact URL), keeps a minimum
 * interval per host (a robots.txt Crawl-delay wins when larger), honours robots.txt for website fetches, bounds
 * concurrency, retries 429/5xx/timeouts with exponential backoff and jitter honouring Retry-After, trips a per-host
 * circuit breaker, and caps response sizes.
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
}

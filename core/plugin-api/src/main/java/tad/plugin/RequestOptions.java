package tad.plugin;

/**
 * Per-request behaviour.
 *
 * @param checkRobots     refuse the request when robots.txt disallows it (website fetches); APIs set false
 * @param followRedirects follow up to a few redirects, all on the same host unless {@code allowCrossHost}
 * @param allowCrossHost  allow redirects to other hosts
 * @param maxBytes        the response body cap; 0 means the client's default cap
 * @param retry           retry 429, 5xx and timeouts with backoff
 */
public record RequestOptions(boolean checkRobots, boolean followRedirects, boolean allowCrossHost, long maxBytes,
                             boolean retry) {

    /** A website page: robots.txt honoured, same-host redirects followed, retried. */
    public static RequestOptions webPage() {
        return new RequestOptions(true, true, false, 0, true);
    }

    /** A JSON API call: no robots.txt (APIs are not crawled), no redirects followed, retried. */
    public static RequestOptions api() {
        return new RequestOptions(false, false, false, 0, true);
    }

    /** A media download from a CDN: redirects to other hosts allowed, retried. */
    public static RequestOptions media(long maxBytes) {
        return new RequestOptions(false, true, true, maxBytes, true);
    }

    public RequestOptions withMaxBytes(long bytes) {
        return new RequestOptions(checkRobots, followRedirects, allowCrossHost, bytes, retry);
    }

    public RequestOptions withoutRetry() {
        return new RequestOptions(checkRobots, followRedirects, allowCrossHost, maxBytes, false);
    }
}

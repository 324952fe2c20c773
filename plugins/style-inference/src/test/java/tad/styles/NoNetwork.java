package tad.styles;

import java.net.URI;
import java.util.Map;
import tad.plugin.HttpFailure;
import tad.plugin.HttpResponse;
import tad.plugin.PoliteHttp;
import tad.plugin.RequestOptions;

/** An HTTP client that fails the test if used: enrichers must not touch the network. */
final class NoNetwork implements PoliteHttp {

    @Override
    public HttpResponse get(URI uri, Map<String, String> headers, RequestOptions options) {
        throw new AssertionError("an enricher fetched " + uri);
    }

    @Override
    public HttpResponse post(URI uri, Map<String, String> headers, byte[] body, String contentType,
                             RequestOptions options) {
        throw new AssertionError("an enricher posted to " + uri);
    }

    @Override
    public boolean allowedByRobots(URI uri) throws HttpFailure {
        throw new AssertionError("an enricher asked robots.txt for " + uri);
    }
}

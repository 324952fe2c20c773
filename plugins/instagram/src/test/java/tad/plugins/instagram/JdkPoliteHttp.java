package tad.plugins.instagram;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tad.plugin.Failure;
import tad.plugin.HttpFailure;
import tad.plugin.HttpResponse;
import tad.plugin.PoliteHttp;
import tad.plugin.RequestOptions;

/**
 * Test stand-in for the host's PoliteHttp (tad.core.http.PoliteHttpClient was not available when these tests were
 * written): java.net.http, redirects followed only when asked, 429 and 5xx retried twice honouring Retry-After,
 * transport problems thrown as {@link HttpFailure}, as the PoliteHttp contract says.
 */
final class JdkPoliteHttp implements PoliteHttp {
    static final String USER_AGENT = "tad-test-bot/0.1 (+https://tad.example/bot)";
    private static final int MAX_RETRIES = 2;

    private final HttpClient following = client(HttpClient.Redirect.NORMAL);
    private final HttpClient notFollowing = client(HttpClient.Redirect.NEVER);

    @Override
    public HttpResponse get(URI uri, Map<String, String> headers, RequestOptions options) throws HttpFailure {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).GET().timeout(Duration.ofSeconds(10))
                .header("User-Agent", USER_AGENT);
        headers.forEach(builder::header);
        HttpRequest request = builder.build();
        HttpClient client = options.followRedirects() ? following : notFollowing;
        for (int attempt = 0; ; attempt++) {
            java.net.http.HttpResponse<byte[]> response = send(client, request);
            int status = response.statusCode();
            if (options.retry() && (status == 429 || status >= 500) && attempt < MAX_RETRIES) {
                pause(response.headers().firstValue("retry-after").map(Long::parseLong).orElse(0L));
                continue;
            }
            if (options.maxBytes() > 0 && response.body().length > options.maxBytes()) {
                throw new HttpFailure(Failure.Reason.TOO_LARGE, "response over " + options.maxBytes() + " bytes");
            }
            return convert(response);
        }
    }

    @Override
    public HttpResponse post(URI uri, Map<String, String> headers, byte[] body, String contentType,
                             RequestOptions options) {
        throw new UnsupportedOperationException("the instagram plugin only GETs");
    }

    @Override
    public boolean allowedByRobots(URI uri) {
        return true;
    }

    private static java.net.http.HttpResponse<byte[]> send(HttpClient client, HttpRequest request)
            throws HttpFailure {
        try {
            return client.send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new HttpFailure(Failure.Reason.TIMEOUT, "timed out", e);
        } catch (IOException e) {
            throw new HttpFailure(Failure.Reason.NETWORK, "network failure: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpFailure(Failure.Reason.NETWORK, "interrupted", e);
        }
    }

    private static HttpResponse convert(java.net.http.HttpResponse<byte[]> response) {
        Map<String, List<String>> headers = new TreeMap<>();
        response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
        List<URI> redirects = new ArrayList<>();
        for (var previous = response.previousResponse(); previous.isPresent();
             previous = previous.get().previousResponse()) {
            redirects.add(previous.get().uri());
        }
        Collections.reverse(redirects);
        return new HttpResponse(response.statusCode(), headers, response.body(), response.uri(), redirects);
    }

    private static void pause(long retryAfterSeconds) throws HttpFailure {
        try {
            Thread.sleep(Math.min(Duration.ofSeconds(retryAfterSeconds).toMillis(), 2000) + 50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpFailure(Failure.Reason.NETWORK, "interrupted", e);
        }
    }

    private static HttpClient client(HttpClient.Redirect redirect) {
        // HTTP/1.1 like the host's client; the JDK's h2c upgrade attempt stalls on some WireMock responses
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(redirect)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }
}

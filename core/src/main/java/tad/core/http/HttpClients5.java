package tad.core.http;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.util.Timeout;
import tad.core.config.HttpSettings;
import tad.plugin.HttpFailure;
import tad.plugin.HttpResponse;

/** Apache HttpClient 5 specifics: building the client and turning its responses into our records. */
final class HttpClients5 {
    private HttpClients5() {
    }

    static CloseableHttpClient build(HttpSettings s) {
        var connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(s.connectTimeout()))
                        .setSocketTimeout(Timeout.of(s.readTimeout()))
                        .build())
                .setMaxConnTotal(Math.max(2, s.concurrency() * 2))
                .setMaxConnPerRoute(Math.max(2, s.hostConcurrency()))
                .build();
        return HttpClients.custom()
                .setConnectionManager(connections)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(s.readTimeout()))
                        .setRedirectsEnabled(false)
                        .build())
                .setUserAgent(s.userAgent())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .build();
    }

    /** A fresh request for one attempt, since HttpClient requests are not reusable after execution. */
    static HttpUriRequestBase copy(HttpUriRequestBase original, URI uri, Map<String, String> headers) {
        HttpUriRequestBase request = original instanceof HttpPost post ? copyPost(post, uri) : new HttpGet(uri);
        headers.forEach(request::setHeader);
        return request;
    }

    private static HttpPost copyPost(HttpPost post, URI uri) {
        HttpPost copy = new HttpPost(uri);
        copy.setEntity(post.getEntity());
        return copy;
    }

    static HttpResponse toResponse(ClassicHttpResponse r, URI uri, long cap, Duration readBudget, boolean truncate)
            throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Header h : r.getHeaders()) {
            headers.computeIfAbsent(h.getName().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(h.getValue());
        }
        byte[] body;
        try {
            if (!truncate && r.getEntity() != null && r.getEntity().getContentLength() > cap) {
                throw new HttpFailure(tad.plugin.Failure.Reason.TOO_LARGE, "response declares "
                        + r.getEntity().getContentLength() + " bytes, more than the cap of " + cap);
            }
            body = r.getEntity() == null ? new byte[0]
                    : CappedBody.read(r.getEntity().getContent(), cap, readBudget.multipliedBy(2), truncate);
        } catch (HttpFailure failure) {
            throw new BodyFailure(failure);
        }
        headers.replaceAll((k, v) -> List.copyOf(v));
        return new HttpResponse(r.getCode(), Map.copyOf(headers), body, uri, List.of());
    }

    /** Carries a body failure out of HttpClient's response handler, which may only throw IOException. */
    static final class BodyFailure extends IOException {
        final transient HttpFailure failure;

        BodyFailure(HttpFailure failure) {
            super(failure.getMessage());
            this.failure = failure;
        }
    }
}

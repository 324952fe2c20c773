package tad.serve;

import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

/**
 * What every request passes through: security and CORS headers first, then (whatever the outcome, failures
 * included, which {@link ErrorResponses} has answered by then) the access log line and the latency histogram.
 */
final class EdgeFilter implements Filter {
    private final SecurityHeaders securityHeaders;
    private final Cors cors;
    private final LatencyHistograms histograms;
    private final boolean trustForwarded;

    EdgeFilter(SecurityHeaders securityHeaders, Cors cors, LatencyHistograms histograms, boolean trustForwarded) {
        this.securityHeaders = securityHeaders;
        this.cors = cors;
        this.histograms = histograms;
        this.trustForwarded = trustForwarded;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        long start = System.nanoTime();
        String route = RouteTemplates.of(req.path().rawPath());
        try {
            securityHeaders.apply(req, res);
            if (!cors.handle(req, res)) {
                chain.proceed();
            }
        } finally {
            int status = res.status().code();
            long nanos = System.nanoTime() - start;
            histograms.record(req.prologue().method().text(), route, status, nanos);
            AccessLog.request(req.prologue().method().text(), route, status, nanos,
                    ClientAddress.of(req, trustForwarded));
        }
    }
}

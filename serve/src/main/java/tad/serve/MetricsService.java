package tad.serve;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.nio.charset.StandardCharsets;

/** {@code /metrics}: the Prometheus text exposition of the request histograms and the profile-age gauges. */
final class MetricsService implements HttpService {
    private final LatencyHistograms histograms;
    private final ProfileAgeGauges ages;

    MetricsService(LatencyHistograms histograms, ProfileAgeGauges ages) {
        this.histograms = histograms;
        this.ages = ages;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.route(GetRoutes.of("/", this::metrics)).any("/", MethodNotAllowed.allowing(GetRoutes.ALLOW));
    }

    private void metrics(ServerRequest req, ServerResponse res) {
        res.header(HeaderNames.CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8");
        res.header(HeaderNames.CACHE_CONTROL, Responses.NO_STORE);
        String text = histograms.prometheusText() + ages.prometheusText();
        Responses.send(req, res, text.getBytes(StandardCharsets.UTF_8));
    }
}

package tad.serve;

import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http1.Http1Config;
import java.time.Duration;
import java.util.Map;
import tad.core.config.ServeSettings;
import tad.core.domain.StyleTaxonomy;
import tad.core.geo.Gazetteer;
import tad.core.pipeline.ProfileAgeCensus;

/**
 * The server: routes, filters, and starting it on a port. {@code tad serve --port N} and {@link Main} both call
 * {@link #start(int, Dependencies)}; tests call {@link #routing(HttpRouting.Builder, Dependencies)}.
 */
public final class ServeApp {
    private ServeApp() {
    }

    /** Starts the server (port 0 picks a free one); stop it with {@link WebServer#stop()}, which drains requests. */
    public static WebServer start(int port, Dependencies deps) {
        return WebServer.create(config(port, deps)).start();
    }

    static WebServerConfig config(int port, Dependencies deps) {
        ServeSettings settings = deps.settings();
        return WebServer.builder()
                .port(port)
                .shutdownGracePeriod(settings.shutdownGrace())
                // Helidon's server applies no read timeout of its own (the socket options' one is its client's); its
                // idle check, run every period, closes connections that sent nothing since their last request ...
                .idleConnectionTimeout(settings.idleTimeout())
                .idleConnectionPeriod(idleCheckPeriod(settings.idleTimeout()))
                // ... but not one stalled half-way through its headers: that one HeaderTimeout closes. HTTP/1 must be
                // the only protocol: with a second one (the discovered default beside this), a connection that sends
                // nothing waits for bytes to choose between them, out of the idle check's sight
                .protocolsDiscoverServices(false)
                .addProtocol(Http1Config.builder()
                        .addReceiveListener(new HeaderTimeout(settings.headerTimeout()))
                        .build())
                .connectionOptions(socket -> socket
                        // Helidon leaves Nagle on. A response over its 8 KiB write buffer goes out in several writes,
                        // and Nagle holds the last, short one until the client acknowledges the others, which a
                        // client delays up to 40 ms (delayed ACK): a 40 ms tail on every large search page.
                        .tcpNoDelay(true))
                .routing(routing -> routing(routing, deps))
                .buildPrototype();
    }

    /** A quarter of the timeout, between 100 ms and 15 s: frequent enough that the timeout is what a client sees. */
    static Duration idleCheckPeriod(Duration idleTimeout) {
        Duration quarter = idleTimeout.dividedBy(4);
        return quarter.compareTo(Duration.ofMillis(100)) < 0 ? Duration.ofMillis(100)
                : quarter.compareTo(Duration.ofSeconds(15)) > 0 ? Duration.ofSeconds(15) : quarter;
    }

    static void routing(HttpRouting.Builder routing, Dependencies deps) {
        StyleTaxonomy taxonomy = StyleTaxonomy.bundled();
        ServeSettings settings = deps.settings();
        Visibility visibility = new Visibility(deps.artists(), deps.denylist());
        LatencyHistograms histograms = new LatencyHistograms();
        ArtistsService artists = new ArtistsService(deps.index(), visibility,
                new ProfileMapper(deps.artists(), taxonomy, Gazetteer.bundled(), deps.clock()), taxonomy, deps.clock());
        StylesService styles = new StylesService(deps.index(), taxonomy,
                new StyleExamples(artists, deps.artists(), taxonomy, StyleExamples.FRESH_FOR));
        ErrorResponses.register(routing);
        routing.addFilter(new EdgeFilter(new SecurityHeaders(settings.googleMaps(), settings.trustForwarded()),
                        new Cors(settings.corsOrigin()), histograms, settings.trustForwarded()))
                .register("/api/artists", artists)
                .register("/api/styles", styles)
                .register("/api/health", new HealthService(deps.artists(), deps.index()))
                .register("/api/removal-requests", new RemovalRequestsService(deps.removals(), settings,
                        deps.clock()))
                .register("/api/admin", new AdminService(deps.admin(), deps.removals()))
                .register("/api/openapi.json", new OpenApiService())
                .register("/metrics", new MetricsService(histograms, new ProfileAgeGauges(
                        new ProfileAgeCensus(deps.artists(), deps.clock())::countAll, settings.profileAgesEvery(),
                        deps.clock())))
                .register("/media", new MediaService(deps.media(), deps.denylist()))
                .any("/api/{+rest}", ServeApp::unknownRoute);
        new SeoService(deps.index(), styles, settings).routing(routing);
        settings.webDir().ifPresent(dir -> routing.register("/",
                new WebAppService(dir, new WebPages(artists, styles, taxonomy), settings)));
        routing.any(ServeApp::unknownRoute);
    }

    private static void unknownRoute(io.helidon.webserver.http.ServerRequest req,
                                     io.helidon.webserver.http.ServerResponse res) {
        throw new ProblemException(Problem.of(404, "unknown-route", "Not found", "no such endpoint; see /api/openapi.json"),
                Map.of());
    }
}

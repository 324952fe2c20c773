package tad.serve;

import tad.core.config.ServeSettings;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import tad.core.search.SearchReader;

/**
 * What search engines read before the pages: {@code /robots.txt} and the sitemap ({@code /sitemap.xml}, and its
 * parts under {@code /sitemaps/} once it is split; {@link Sitemaps}). Both name the site by its public address
 * ({@link SiteAddress}). Served with or without the web app (on AWS, CloudFront sends these paths to the API).
 */
final class SeoService {
    /** Revalidated on every use (ETag), so a purged artist leaves cached copies at once too. */
    static final String CACHE = "public, max-age=0, must-revalidate";
    static final String XML = "application/xml; charset=UTF-8";
    private static final Pattern PART = Pattern.compile("(pages|artists-a[0-9a-f]{1,4})\\.xml");

    private final Sitemaps sitemaps;
    private final StylesService styles;
    private final ServeSettings settings;

    SeoService(SearchReader index, StylesService styles, ServeSettings settings) {
        this(new Sitemaps(index), styles, settings);
    }

    SeoService(Sitemaps sitemaps, StylesService styles, ServeSettings settings) {
        this.sitemaps = sitemaps;
        this.styles = styles;
        this.settings = settings;
    }

    void routing(HttpRouting.Builder routing) {
        routing.route(GetRoutes.of("/robots.txt", this::robots))
                .any("/robots.txt", MethodNotAllowed.allowing(GetRoutes.ALLOW))
                .route(GetRoutes.of("/sitemap.xml", this::sitemap))
                .any("/sitemap.xml", MethodNotAllowed.allowing(GetRoutes.ALLOW))
                .route(GetRoutes.of("/sitemaps/{file}", this::part))
                .any("/sitemaps/{file}", MethodNotAllowed.allowing(GetRoutes.ALLOW));
    }

    /**
     * Crawl everything a visitor sees; not the API (JSON, and every page already carries its data) nor the removal
     * form. The sitemap is named by its full address, as RFC 9309 section 2.2.4 leaves to the Sitemaps protocol.
     */
    static String robotsTxt(String origin) {
        return "# Tattoo Artist Directory\n"
                + "User-agent: *\n"
                + "Allow: /\n"
                + "Disallow: /api/\n"
                + "Disallow: /remove/\n"
                + "\n"
                + "Sitemap: " + origin + "/sitemap.xml\n";
    }

    private void robots(ServerRequest req, ServerResponse res) {
        send(req, res, "text/plain; charset=UTF-8", robotsTxt(SiteAddress.of(req, settings)));
    }

    private void sitemap(ServerRequest req, ServerResponse res) {
        String origin = SiteAddress.of(req, settings);
        send(req, res, XML, sitemaps.root(origin, pages()));
    }

    private void part(ServerRequest req, ServerResponse res) {
        String file = req.path().pathParameters().get("file");
        String origin = SiteAddress.of(req, settings);
        String xml = PART.matcher(file).matches()
                ? sitemaps.part(file.substring(0, file.length() - 4), origin, pages()).orElse(null) : null;
        if (xml == null) {
            throw ProblemException.notFound("no such sitemap; the list of sitemaps is /sitemap.xml");
        }
        send(req, res, XML, xml);
    }

    /** The site's own pages, and one search page per style that has artists ("Blackwork tattoo artists"). */
    private List<String> pages() {
        List<String> pages = new ArrayList<>(List.of("/", "/styles/", "/about/"));
        styles.styles().stream().filter(style -> style.count() > 0)
                .forEach(style -> pages.add("/?style=" + style.slug()));
        return pages;
    }

    private static void send(ServerRequest req, ServerResponse res, String contentType, String body) {
        Encodings.sendCompressible(req, res, contentType, body.getBytes(StandardCharsets.UTF_8), CACHE);
    }
}

package tad.samplecity;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One studio website of the sample city (or of a test corpus) served over real HTTP on 127.0.0.1 and an ephemeral
 * port. Static files come from the site folder; {@code _routes.json} adds redirects, status codes, generated huge
 * pages, content types and delays. Every request is recorded, so tests can prove robots.txt was honoured. Pages
 * carry ETag and Last-Modified and conditional requests are answered 304, as a static web server does. The site
 * builders' image CDNs are served by the site itself ({@link BuilderCdns}), so nothing is fetched from outside.
 */
public final class SiteServer implements Fixture {
    private static final Logger LOG = LoggerFactory.getLogger(SiteServer.class);
    private static final String BASE = "{{base}}";
    private static final String NOT_FOUND_PAGE = "<!doctype html><title>Not found</title><h1>Page not found</h1>";

    private final LoopbackHttp http;
    private final SiteFiles files;
    private final SiteRoutes routes;

    private SiteServer(SiteFiles files) {
        this.files = files;
        this.routes = files.read(SiteRoutes.FILE_NAME).map(SiteRoutes::parse).orElse(SiteRoutes.none());
        this.http = new LoopbackHttp("site-server", 4, this::handle);
    }

    /** Serves {@code samplecity/sites/<siteKey>/} from the class path. */
    public static SiteServer start(String siteKey) {
        if (siteKey == null || !siteKey.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("not a site key: " + siteKey);
        }
        String root = "samplecity/sites/" + siteKey + "/";
        SiteFiles files = SiteFiles.classPath(root);
        if (files.read("index.html").isEmpty() && files.read(SiteRoutes.FILE_NAME).isEmpty()) {
            throw new IllegalArgumentException("no site on the class path at " + root);
        }
        return new SiteServer(files);
    }

    /** Serves a site folder from disk (test corpora). */
    public static SiteServer startFromDirectory(Path dir) {
        return new SiteServer(SiteFiles.directory(dir));
    }

    @Override
    public URI baseUri() {
        return http.baseUri();
    }

    @Override
    public List<RecordedRequest> requests() {
        return http.requests();
    }

    @Override
    public void close() {
        http.close();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI uri = exchange.getRequestURI();
            http.record(exchange);
            String path = uri.getPath() == null ? "/" : uri.getPath();
            Optional<SiteRoutes.Route> route = routes.find(path);
            if (route.isPresent()) {
                answerRoute(exchange, route.get());
            } else {
                answerFile(exchange, path);
            }
        } catch (RuntimeException e) {
            LOG.warn("site server failed on {}", exchange.getRequestURI(), e);
        }
    }

    private void answerRoute(HttpExchange exchange, SiteRoutes.Route route) throws IOException {
        if (route.delayMs() > 0) {
            try {
                Thread.sleep(route.delayMs());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (route.redirect() != null) {
            exchange.getResponseHeaders().set("Location", route.redirect());
            send(exchange, route.effectiveStatus(), "text/html; charset=utf-8", new byte[0]);
            return;
        }
        byte[] body;
        String type;
        if (route.generatedBytes() > 0) {
            body = SiteBodies.hugeHtml(route.generatedBytes());
            type = "text/html; charset=utf-8";
        } else if (route.file() != null) {
            Optional<byte[]> file = SiteFiles.candidatesFor("/" + route.file()).stream()
                    .map(files::read).flatMap(Optional::stream).findFirst();
            body = file.orElse(NOT_FOUND_PAGE.getBytes(StandardCharsets.UTF_8));
            type = SiteBodies.contentTypeFor(route.file());
        } else {
            body = (route.body() == null ? "" : route.body()).getBytes(StandardCharsets.UTF_8);
            type = "text/html; charset=utf-8";
        }
        sendValidated(exchange, route.effectiveStatus(), route.contentType() != null ? route.contentType() : type,
                body);
    }

    private void answerFile(HttpExchange exchange, String path) throws IOException {
        for (String candidate : SiteFiles.candidatesFor(path)) {
            Optional<byte[]> body = files.read(candidate);
            if (body.isPresent()) {
                sendValidated(exchange, 200, SiteBodies.contentTypeFor(candidate), withBase(candidate, body.get()));
                return;
            }
        }
        send(exchange, 404, "text/html; charset=utf-8", NOT_FOUND_PAGE.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Recorded sitemaps and robots.txt files name their site's real host; they are stored with {@code {{base}}}
     * in its place, which is this server's address when they are served.
     */
    private byte[] withBase(String file, byte[] body) {
        if (SiteBodies.contentTypeFor(file).startsWith("text/html")) {
            return BuilderCdns.rewrite(body, baseUri());
        }
        if (!(file.endsWith(".xml") || file.endsWith(".txt"))) {
            return body;
        }
        String text = new String(body, StandardCharsets.UTF_8);
        return text.contains(BASE) ? text.replace(BASE, baseUri().toString()).getBytes(StandardCharsets.UTF_8) : body;
    }

    /** A 200 carries validators and becomes a 304 when the client's copy is current; other statuses are sent as is. */
    private static void sendValidated(HttpExchange exchange, int status, String contentType, byte[] body)
            throws IOException {
        if (status == 200 && Validation.notModified(exchange, body)) {
            send(exchange, 304, contentType, new byte[0]);
            return;
        }
        send(exchange, status, contentType, body);
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        boolean head = exchange.getRequestMethod().equalsIgnoreCase("HEAD");
        // A fixed Content-Length (never chunked) so that clients can refuse oversized bodies up front.
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}

package tad.serve;

import tad.core.config.ServeSettings;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The web app's static build (a Next.js static export) at {@code /}. A path is answered by, in order: the file
 * itself, {@code path/index.html}, {@code path.html} (export with or without trailingSlash). A deep link
 * {@code /artists/{id}} with no page of its own gets {@code artists/index.html}, then {@code index.html}: the app
 * reads the id from the URL. The two data pages go out with their data written into them ({@link WebPages}): the
 * profile page with the artist's first view and head, the search page ({@code /}) with the first page of results for
 * the address's query and its head; the profile address of an artist the API does not show (unknown, removed,
 * purged) gets the profile page as built with status 404. Any other missing page gets {@code 404.html} with status
 * 404.
 */
final class WebAppService implements HttpService {
    private static final Pattern ARTIST_PAGE = Pattern.compile("artists/([A-Za-z0-9_-]{1,64})/?");
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9._~\\-/\\[\\]@+]*");
    /** Hashed build assets never change; pages must be revalidated so a new deploy (or a removal) shows at once. */
    private static final String ASSET_CACHE = "public, max-age=31536000, immutable";
    private static final String PAGE_CACHE = "public, max-age=0, must-revalidate";

    private final Path root;
    private final WebPages pages;
    private final ServeSettings settings;

    WebAppService(Path root, WebPages pages, ServeSettings settings) {
        this.root = root.toAbsolutePath().normalize();
        this.pages = pages;
        this.settings = settings;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.route(GetRoutes.of("/", (req, res) -> serve(req, res, "")))
                .route(GetRoutes.of("/{+path}", (req, res) -> serve(req, res, req.path().pathParameters().get("path"))))
                .any("/", MethodNotAllowed.allowing(GetRoutes.ALLOW))
                .any("/{+path}", MethodNotAllowed.allowing(GetRoutes.ALLOW));
    }

    private void serve(ServerRequest req, ServerResponse res, String path) {
        Optional<Path> file = page(path);
        if (file.isPresent() && file.get().equals(root.resolve("index.html"))) {
            String query = req.query().rawValue();
            sendPage(req, res, file.get(), built -> pages.search(built, query, SiteAddress.of(req, settings)));
            return;
        }
        if (file.isPresent()) {
            send(req, res, file.get(), Status.OK_200);
            return;
        }
        Matcher artist = ARTIST_PAGE.matcher(path);
        if (artist.matches()) {
            Optional<Path> profilePage = Stream.of("artists/index.html", "index.html").map(root::resolve)
                    .filter(Files::isRegularFile).findFirst();
            if (profilePage.isPresent()) {
                sendProfile(req, res, profilePage.get(), artist.group(1));
                return;
            }
        }
        notFound(req, res);
    }

    /**
     * A profile address: the artist's page; for anyone the API does not show, the profile page as built with status
     * 404, so no search engine keeps it, while the app says "We could not find this artist" as it always did (the
     * generic 404 page would lose that). 404 rather than 410 Gone even for a removed artist: artist ids are derived
     * from handles, so a 410 would tell anyone who hashes a handle that its owner asked to be removed.
     */
    private void sendProfile(ServerRequest req, ServerResponse res, Path file, String id) {
        String built;
        try {
            built = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        switch (pages.profile(built, id, SiteAddress.of(req, settings))) {
            case WebPages.ProfilePage.Filled filled -> Encodings.sendCompressible(req, res,
                    ContentTypes.of(file.getFileName().toString()), filled.html().getBytes(StandardCharsets.UTF_8),
                    PAGE_CACHE);
            case WebPages.ProfilePage.NotFound notFound -> send(req, res, file, Status.NOT_FOUND_404);
            case WebPages.ProfilePage.AsBuilt asBuilt -> send(req, res, file, Status.OK_200);
        }
    }

    /** The export's 404 page with status 404, revalidated like every page (the edge holds it no longer). */
    private void notFound(ServerRequest req, ServerResponse res) {
        Path notFound = root.resolve("404.html");
        if (Files.isRegularFile(notFound)) {
            send(req, res, notFound, Status.NOT_FOUND_404);
            return;
        }
        throw ProblemException.notFound("no such page");
    }

    private Optional<Path> page(String path) {
        if (!SAFE_PATH.matcher(path).matches() || path.contains("..") || path.contains("//")) {
            return Optional.empty();
        }
        String bare = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        List<String> candidates = bare.isEmpty() ? List.of("index.html")
                : List.of(bare, bare + "/index.html", bare + ".html");
        for (String candidate : candidates) {
            Path file = root.resolve(candidate).normalize();
            if (file.startsWith(root) && Files.isRegularFile(file)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    /**
     * A data page: as {@code fill} writes it, or as built when it has nothing to write. The body differs per request
     * and per data change, so it is made per request: its ETag is its hash like every cached read, and it is gzipped
     * here (the build's .br/.gz of the bare page no longer match it).
     */
    private void sendPage(ServerRequest req, ServerResponse res, Path file, Function<String, Optional<String>> fill) {
        Optional<String> page;
        try {
            page = fill.apply(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (page.isEmpty()) {
            send(req, res, file, Status.OK_200);
            return;
        }
        Encodings.sendCompressible(req, res, ContentTypes.of(file.getFileName().toString()),
                page.get().getBytes(StandardCharsets.UTF_8), PAGE_CACHE);
    }

    private static void send(ServerRequest req, ServerResponse res, Path file, Status status) {
        String name = file.getFileName().toString();
        // the build writes .br and .gz beside each asset; a browser that accepts one gets it (about 3x smaller)
        Optional<String> encoding = Encodings.preferred(req.headers().first(HeaderNames.ACCEPT_ENCODING).orElse(""))
                .stream().filter(e -> Files.isRegularFile(file.resolveSibling(name + "." + e.suffix())))
                .map(Encodings.Encoding::token).findFirst();
        Path body = encoding.map(e -> file.resolveSibling(name + "." + Encodings.suffixOf(e))).orElse(file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String cache = file.toString().contains("/_next/static/") ? ASSET_CACHE : PAGE_CACHE;
        if (status != Status.OK_200) {
            res.status(status);
        }
        res.header(HeaderNames.VARY, "Accept-Encoding");
        encoding.ifPresent(e -> res.header(HeaderNames.CONTENT_ENCODING, e));
        Responses.cached(req, res, ContentTypes.of(name), bytes, cache);
    }
}

package tad.serve;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.ByteArrayOutputStream;
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
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web app's static build (a Next.js static export) at {@code /}. A path is answered by, in order: the file
 * itself, {@code path/index.html}, {@code path.html} (export with or without trailingSlash). A deep link
 * {@code /artists/{id}} with no page of its own gets {@code artists/index.html}, then {@code index.html}: the app
 * reads the id from the URL. When the artist may be shown, the profile page goes out with the artist's first view
 * written into it ({@link ProfileFirstView}). Any other missing page gets {@code 404.html} with status 404.
 */
final class WebAppService implements HttpService {
    private static final Logger LOG = LoggerFactory.getLogger(WebAppService.class);
    private static final Pattern ARTIST_PAGE = Pattern.compile("artists/([A-Za-z0-9_-]{1,64})/?");
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9._~\\-/\\[\\]@+]*");
    /** Hashed build assets never change; pages must be revalidated so a new deploy (or a removal) shows at once. */
    private static final String ASSET_CACHE = "public, max-age=31536000, immutable";
    private static final String PAGE_CACHE = "public, max-age=0, must-revalidate";

    private final Path root;
    private final Function<String, Optional<ArtistProfile>> profiles;

    /**
     * @param profiles the profile of an artist who may be shown, by id: the lookup of {@code GET /api/artists/{id}}
     *                 ({@link ArtistsService#visibleProfile}), so the page shows exactly whom the API shows
     */
    WebAppService(Path root, Function<String, Optional<ArtistProfile>> profiles) {
        this.root = root.toAbsolutePath().normalize();
        this.profiles = profiles;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", (req, res) -> serve(req, res, ""))
                .get("/{+path}", (req, res) -> serve(req, res, req.path().pathParameters().get("path")))
                .any("/", MethodNotAllowed.allowing("GET"))
                .any("/{+path}", MethodNotAllowed.allowing("GET"));
    }

    private void serve(ServerRequest req, ServerResponse res, String path) {
        Optional<Path> file = page(path);
        if (file.isPresent()) {
            send(req, res, file.get(), Status.OK_200);
            return;
        }
        Matcher artist = ARTIST_PAGE.matcher(path);
        if (artist.matches()) {
            Optional<Path> profilePage = Stream.of("artists/index.html", "index.html").map(root::resolve)
                    .filter(Files::isRegularFile).findFirst();
            if (profilePage.isPresent()) {
                sendProfilePage(req, res, profilePage.get(), artist.group(1));
                return;
            }
        }
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
     * The profile page with the artist's first view, or as built when there is none to show (unknown, stale or
     * denylisted artist: the page then shows its not-found state, as before). The body now differs per artist and per
     * data change, so it is made per request: its ETag is its hash like every cached read, and it is gzipped here
     * (the build's .br/.gz of the bare page no longer match it).
     */
    private void sendProfilePage(ServerRequest req, ServerResponse res, Path file, String artistId) {
        Optional<String> page = withFirstView(file, artistId);
        if (page.isEmpty()) {
            send(req, res, file, Status.OK_200);
            return;
        }
        byte[] body = page.get().getBytes(StandardCharsets.UTF_8);
        boolean gzip = Encodings.preferred(req.headers().first(HeaderNames.ACCEPT_ENCODING).orElse(""))
                .stream().anyMatch(e -> e.token().equals("gzip"));
        res.header(HeaderNames.VARY, "Accept-Encoding");
        if (gzip) {
            body = gzip(body);
            res.header(HeaderNames.CONTENT_ENCODING, "gzip");
        }
        Responses.cached(req, res, ContentTypes.of(file.getFileName().toString()), body, PAGE_CACHE);
    }

    private Optional<String> withFirstView(Path file, String artistId) {
        Optional<ArtistProfile> profile;
        try {
            profile = profiles.apply(artistId);
        } catch (RuntimeException e) {
            // the page still works without its first view (the client asks the API and shows its own error state)
            LOG.warn("profile page served without its first view: the lookup failed ({})", e.getClass().getSimpleName());
            return Optional.empty();
        }
        if (profile.isEmpty()) {
            return Optional.empty();
        }
        try {
            return ProfileFirstView.fill(Files.readString(file, StandardCharsets.UTF_8), profile.get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Java's gzip header carries no time stamp, so equal pages compress to equal bytes and keep equal ETags. */
    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
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

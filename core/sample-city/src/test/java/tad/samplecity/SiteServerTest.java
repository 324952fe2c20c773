package tad.samplecity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteServerTest {
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void servesEverySampleStudioWebsiteListedInTheRosterWithItsArtistsNamed() throws Exception {
        Roster roster = Roster.load();
        for (Roster.Studio studio : roster.studiosWithWebsites()) {
            try (SiteServer site = SiteServer.start(studio.key())) {
                StringBuilder allPages = new StringBuilder();
                for (String path : new String[] {"/", "/home", "/artists", "/artists/", "/team", "/about",
                        "/meet-the-artists/", "/residents", "/guest-spots", "/crew/", "/artists.html", "/team/"}) {
                    HttpResponse<String> page = get(site.baseUri().resolve(path));
                    if (page.statusCode() == 200) {
                        allPages.append(page.body());
                    }
                }
                for (String handle : studio.artists()) {
                    String name = roster.artists().stream().filter(a -> a.handle().equals(handle)).findFirst()
                            .orElseThrow().name();
                    assertThat(allPages.toString()).as(studio.key() + " names " + name).contains(name);
                }
            }
        }
    }

    @Test
    void answersRoutesWithRedirectsStatusesGeneratedBodiesAndContentTypes() throws Exception {
        try (SiteServer crane = SiteServer.start("copper-crane")) {
            HttpResponse<String> root = get(crane.baseUri().resolve("/"));
            assertThat(root.statusCode()).isEqualTo(301);
            assertThat(root.headers().firstValue("location")).hasValue("/home");
            assertThat(get(crane.baseUri().resolve("/gallery")).statusCode()).isEqualTo(500);
            assertThat(get(crane.baseUri().resolve("/book-online")).headers().firstValue("location").orElseThrow())
                    .startsWith("https://bookings.example.net/");
        }
        try (SiteServer lantern = SiteServer.start("lantern-lane")) {
            HttpResponse<String> news = get(lantern.baseUri().resolve("/news/"));
            assertThat(news.headers().firstValueAsLong("content-length").orElseThrow()).isGreaterThan(3_000_000);
        }
        try (SiteServer rebel = SiteServer.start("redbrick-rebel")) {
            HttpResponse<String> prices = get(rebel.baseUri().resolve("/prices"));
            assertThat(prices.headers().firstValue("content-type")).hasValue("application/pdf");
            assertThat(prices.body()).startsWith("%PDF");
        }
    }

    @Test
    void recordsEveryRequestWithItsQueryAndHeaders() throws Exception {
        try (SiteServer site = SiteServer.start("inkwell-leeds")) {
            get(site.baseUri().resolve("/artists/?ref=test"));
            get(site.baseUri().resolve("/robots.txt"));
            assertThat(site.requests()).extracting(Fixture.RecordedRequest::pathAndQuery)
                    .containsExactly("/artists/?ref=test", "/robots.txt");
            assertThat(site.requests().get(0).headers()).containsKey("user-agent");
            assertThat(site.baseUri().getHost()).isEqualTo("127.0.0.1");
        }
    }

    @Test
    void neverServesFilesOutsideTheSiteFolderNorItsRouteFile(@TempDir Path dir) throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("index.html"), "<h1>home</h1>");
        Files.writeString(site.resolve("_routes.json"), "{\"routes\":[]}");
        Files.writeString(dir.resolve("secret.txt"), "do not serve");
        try (SiteServer server = SiteServer.startFromDirectory(site)) {
            assertThat(rawStatusLine(server.baseUri(), "/../secret.txt")).contains("404");
            assertThat(rawStatusLine(server.baseUri(), "/%2e%2e/secret.txt")).contains("404");
            assertThat(rawStatusLine(server.baseUri(), "/..%5csecret.txt")).contains("404");
            assertThat(get(server.baseUri().resolve("/_routes.json")).statusCode()).isEqualTo(404);
            assertThat(get(server.baseUri().resolve("/")).body()).contains("home");
        }
    }

    @Test
    void refusesUnknownOrMalformedSiteKeys() {
        assertThatThrownBy(() -> SiteServer.start("../etc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SiteServer.start("no-such-site")).isInstanceOf(IllegalArgumentException.class);
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** java.net.http normalises "..", so traversal attempts are sent over a plain socket. */
    private static String rawStatusLine(URI base, String rawPath) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + rawPath + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            return response.lines().findFirst().orElse("");
        }
    }

    @Test
    void answersConditionalRequestsWith304WhenThePageIsUnchanged() throws Exception {
        try (SiteServer site = SiteServer.start("inkwell-leeds")) {
            HttpResponse<String> first = get(site.baseUri().resolve("/"));
            String etag = first.headers().firstValue("etag").orElseThrow();
            assertThat(first.headers().firstValue("last-modified")).hasValue(Validation.LAST_MODIFIED);
            HttpResponse<String> again = client.send(HttpRequest.newBuilder(site.baseUri().resolve("/"))
                    .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(again.statusCode()).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            HttpResponse<String> byDate = client.send(HttpRequest.newBuilder(site.baseUri().resolve("/"))
                    .header("If-Modified-Since", Validation.LAST_MODIFIED).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(byDate.statusCode()).isEqualTo(304);
            HttpResponse<String> stale = client.send(HttpRequest.newBuilder(site.baseUri().resolve("/"))
                    .header("If-None-Match", "\"an-older-version\"").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(stale.statusCode()).isEqualTo(200);
            assertThat(stale.body()).isEqualTo(first.body());
            assertThat(site.requests()).extracting(Fixture.RecordedRequest::receivedAtNanos).isSorted();
        }
    }
}

package tad.plugins.studiowebsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import tad.plugin.ArtistSourceResult;
import tad.plugin.PageMemory;
import tad.plugin.PageRenderer;
import tad.plugin.PageVisit;
import tad.plugin.RememberedPage;
import tad.plugin.StudioRef;
import tad.samplecity.SiteServer;

/**
 * What the plugin hands the host's page memory for a sample-city site (a WordPress site with a crew page and an
 * artist's own page, served with ETags over real HTTP): what each page yielded and the handles it names, never the
 * page's HTML — and a recrawl answered by 304s finds the same artists with the same facts from it.
 */
class PageMemoryYieldIT {
    private static final String SITE = "kirkstall-kin";

    /** The host's memory as the plugin sees it: one map, kept across the two crawls. */
    private static final class Kept implements PageMemory {
        final Map<URI, RememberedPage> pages = new ConcurrentHashMap<>();

        @Override
        public Optional<RememberedPage> recall(URI page) {
            return Optional.ofNullable(pages.get(page));
        }

        @Override
        public void remember(URI page, RememberedPage memory) {
            pages.put(page, memory);
        }
    }

    private static ArtistSourceResult crawl(SiteServer server, Kept memory) {
        return new StudioWebsiteSource().findArtists(new StudioRef(SITE, "Kirkstall Kin Tattoo",
                Optional.of(server.baseUri() + "/"), "Leeds"), TestContexts.with(TestContexts.http(),
                Map.of("stop-after-roster", "false"), memory, PageRenderer.NONE));
    }

    private static String text(byte[] gzipped) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void pagesAreRememberedByWhatTheyYieldedWithTheirNamesAndNeverAsHtml() {
        Kept memory = new Kept();
        try (SiteServer server = SiteServer.start(SITE)) {
            ArtistSourceResult first = crawl(server, memory);
            assertThat(first.candidates()).extracting(c -> c.instagramHandle()).contains("kirkstall.dotty");

            URI crew = URI.create(server.baseUri() + "/crew/");
            URI home = URI.create(server.baseUri() + "/");
            assertThat(memory.pages).containsKeys(crew, home);
            assertThat(memory.pages.get(crew).names()).contains("kirkstall.dotty");
            assertThat(memory.pages.get(home).names()).containsExactly("kirkstallkin");
            memory.pages.forEach((page, kept) -> assertThat(text(kept.yield())).as(page.toString())
                    .doesNotContain("<p>", "<a ", "<body", "</", "Welcome to the Kin", "Say hello to"));

            ArtistSourceResult again = crawl(server, memory);
            assertThat(again.visits()).filteredOn(v -> v.status() == PageVisit.Status.FETCHED).isEmpty();
            assertThat(again.visits()).filteredOn(v -> v.status() == PageVisit.Status.UNCHANGED).isNotEmpty();
            assertThat(again.candidates()).usingRecursiveComparison().isEqualTo(first.candidates());
            assertThat(again.studio()).isEqualTo(first.studio());
        }
    }
}

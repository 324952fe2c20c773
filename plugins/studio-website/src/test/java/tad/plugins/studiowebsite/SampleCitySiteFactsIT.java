package tad.plugins.studiowebsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tad.plugin.ArtistCandidate;
import tad.plugin.ArtistSiteFacts;
import tad.plugin.StudioRef;
import tad.samplecity.SiteServer;

/**
 * The sample city's studios of the artists whose Instagram cannot be read (personal or private accounts), crawled
 * over real HTTP by the plugin: what each site says about them, from a WordPress crew page and the artist's own
 * page, a Squarespace team page (image, text and gallery blocks), and a hand-written page.
 */
class SampleCitySiteFactsIT {

    private static ArtistSiteFacts facts(String site, String studioName, String handle) {
        try (SiteServer server = SiteServer.start(site)) {
            ArtistCandidate candidate = new StudioWebsiteSource().findArtists(new StudioRef(site, studioName,
                            Optional.of(server.baseUri() + "/"), "Leeds"), TestContexts.fast()).candidates().stream()
                    .filter(c -> c.instagramHandle().equals(handle)).findFirst().orElseThrow();
            ArtistSiteFacts facts = candidate.site();
            for (String url : facts.portraitUrl().map(java.util.List::of).orElse(java.util.List.of())) {
                assertThat(status(url)).as("the portrait is served: " + url).isEqualTo(200);
            }
            facts.portfolioUrls().forEach(url -> assertThat(status(url)).as("served: " + url).isEqualTo(200));
            return facts;
        }
    }

    private static int status(String url) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(url, e);
        }
    }

    @Test
    void aWordPressCrewCardAndTheArtistsOwnPageWithAGallery() {
        ArtistSiteFacts dot = facts("kirkstall-kin", "Kirkstall Kin Tattoo", "kirkstall.dotty");

        assertThat(dot.page()).endsWith("/crew/dot-imrie/");
        assertThat(dot.bio()).startsWith("Dot has tattooed at Kin since 2018, after an apprenticeship");
        assertThat(dot.portraitUrl()).hasValueSatisfying(url -> assertThat(url).endsWith("/dot-imrie.jpg"));
        assertThat(dot.portfolioUrls()).hasSize(3).allMatch(url -> url.contains("/wp-content/uploads/2025/04/dot-"));
        assertThat(dot.specialisms()).containsExactly("Dotwork", "Minimalist", "Botanical");
    }

    @Test
    void aSquarespaceRowOfImageTextAndGalleryBlocksOnTheBuildersCdn() {
        ArtistSiteFacts orrin = facts("hollow-pine", "Hollow Pine Tattoo Co.", "orrin.gale.ink");

        assertThat(orrin.bio()).contains("draws everything by hand first");
        assertThat(orrin.portraitUrl()).hasValueSatisfying(url -> assertThat(url)
                .contains("/cdn/images.squarespace-cdn.com/content/v1/6512a/orrin-gale.jpg"));
        assertThat(orrin.portfolioUrls()).hasSize(2);
        assertThat(orrin.specialisms()).containsExactly("Neo-traditional", "Illustrative");
    }

    @Test
    void aHandWrittenPageWithoutAnElementAroundEachArtist() {
        ArtistSiteFacts lucan = facts("briar-and-bone", "Briar & Bone", "lucan.tradworks");

        assertThat(lucan.bio()).startsWith("Lucan draws bold traditional flash");
        assertThat(lucan.portraitUrl()).hasValueSatisfying(url -> assertThat(url).endsWith("/img/lucan.jpg"));
        assertThat(lucan.portfolioUrls()).singleElement().satisfies(url -> assertThat(url).endsWith("/lucan-swallow.jpg"));
        assertThat(lucan.specialisms()).containsExactly("Traditional", "Lettering");
    }
}

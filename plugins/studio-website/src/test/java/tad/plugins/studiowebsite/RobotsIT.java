package tad.plugins.studiowebsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tad.plugin.ArtistCandidate;
import tad.plugin.ArtistSourceResult;
import tad.plugin.StudioRef;
import tad.samplecity.Fixture;
import tad.samplecity.SiteServer;

/** No request ever goes to a path robots.txt disallows, proven by the fixture server's own request log. */
class RobotsIT {

    @Test
    void neverRequestsADisallowedPathEvenWhenTheSiteLinksToIt() {
        try (SiteServer ironclad = SiteServer.start("ironclad")) {
            ArtistSourceResult result = new StudioWebsiteSource().findArtists(new StudioRef("ironclad",
                    "Ironclad Tattoo Parlour", Optional.of(ironclad.baseUri().toString()), "Leeds"),
                    TestContexts.with(Map.of("stop-after-roster", "false")));
            List<String> paths = ironclad.requests().stream().map(Fixture.RecordedRequest::pathAndQuery).toList();
            assertThat(paths.get(0)).isEqualTo("/robots.txt");
            assertThat(paths).noneMatch(path -> path.startsWith("/private/") || path.startsWith("/wp-admin/"));
            assertThat(result.candidates()).extracting(ArtistCandidate::instagramHandle)
                    .containsExactlyInAnyOrder("ironclad.bram", "trash.polka.pip")
                    .doesNotContain("hidden.ironclad.guest");
        }
    }

    @Test
    void everyRequestOfTheWholeCorpusIsAllowedByItsRobotsTxtAndNamesTheBot() {
        for (Corpus.Site site : Corpus.sampleCity()) {
            try (SiteServer server = site.server().get()) {
                new StudioWebsiteSource().findArtists(new StudioRef(site.name(), site.studioName(),
                        Optional.of(server.baseUri() + "/"), "Leeds"), TestContexts.fast());
                assertThat(server.requests()).as(site.name()).allSatisfy(request -> {
                    assertThat(request.pathAndQuery()).doesNotStartWith("/private/");
                    assertThat(request.headers().get("user-agent")).startsWith("tad-bot/");
                });
            }
        }
    }
}

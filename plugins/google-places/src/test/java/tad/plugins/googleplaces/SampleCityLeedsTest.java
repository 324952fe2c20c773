package tad.plugins.googleplaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tad.core.geo.Gazetteer;
import tad.plugin.DiscoveredStudio;
import tad.plugin.SearchArea;
import tad.plugin.SourceException;
import tad.plugin.StudioSource.StudioDiscovery;
import tad.samplecity.PlacesFault;
import tad.samplecity.PlacesServer;
import tad.samplecity.Roster;

/**
 * The whole path the operator runs ({@code tad crawl --city leeds}) on the plugin's side: the gazetteer's Leeds, the
 * sample city's Places look-alike over real HTTP, and its dense centre, where 70 studios sit within a kilometre,
 * so that one query over Leeds hits the 60-place cap and only tiling finds them all.
 */
class SampleCityLeedsTest {
    private static final String KEY = "sample-city-key";

    private final Roster roster = Roster.load();
    private final PlacesServer places = PlacesServer.start(roster, KEY,
            key -> Optional.of(URI.create("http://127.0.0.1:9/" + key + "/")));
    private final SearchArea leeds = Gazetteer.bundled().find("leeds").orElseThrow().toArea();
    private final GooglePlacesSource source = new GooglePlacesSource();

    @AfterEach
    void stop() {
        places.close();
    }

    @Test
    void discoversEveryStudioInLeedsEvenInTheDenseCentre() throws Exception {
        StudioDiscovery found = source.discover(leeds, PlacesContexts.context(places.baseUri(), KEY));

        Set<String> expected = roster.studios().stream().map(Roster.Studio::placeId).collect(Collectors.toSet());
        assertThat(found.studios()).extracting(DiscoveredStudio::sourceId).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(expected).hasSize(85);
        assertThat(found.failures()).isEmpty();
        assertThat(found.requests()).isEqualTo(places.searchRequests());
        assertThat(found.studios()).filteredOn(s -> s.websiteUrl().isPresent())
                .hasSize(roster.studiosWithWebsites().size());
        System.out.printf("google-places: Leeds sample city: %d studios in %d requests%n",
                found.studios().size(), found.requests());
        // measured and written down in docs/google-places.md; a change here means the doc needs updating too
        assertThat(found.requests()).isEqualTo(EXPECTED_LEEDS_REQUESTS);
    }

    @Test
    void recoversFromThrottlingAndAnOutageOnTheWay() throws Exception {
        places.injectFaults(PlacesFault.throttled(1), PlacesFault.serverError());

        StudioDiscovery found = source.discover(leeds, PlacesContexts.context(places.baseUri(), KEY));

        assertThat(found.studios()).hasSize(85);
        assertThat(found.failures()).isEmpty();
        assertThat(places.searchRequests()).isEqualTo(found.requests() + 2L);
    }

    @Test
    void aWrongKeyStopsTheCrawlAfterOneRequest() {
        assertThatThrownBy(() -> source.discover(leeds, PlacesContexts.context(places.baseUri(), "not-the-key")))
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.fatal()).isTrue())
                .hasMessageContaining("API key not valid");
        assertThat(places.searchRequests()).isEqualTo(1);
    }

    private static final int EXPECTED_LEEDS_REQUESTS = 10;
}

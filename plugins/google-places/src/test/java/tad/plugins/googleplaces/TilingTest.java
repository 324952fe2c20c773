package tad.plugins.googleplaces;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tad.plugin.BoundingBox;
import tad.plugin.DiscoveredStudio;
import tad.plugin.Failure;
import tad.plugin.SearchArea;
import tad.plugin.StudioSource.StudioDiscovery;

class TilingTest {
    /** 0.04 degrees square: its quadrants are 0.02, theirs 0.01. */
    private static final SearchArea AREA = new SearchArea("box", "GB", new BoundingBox(-1.56, 53.78, -1.52, 53.82));

    private final WireMockServer places = PlacesStubs.startServer();
    private final GooglePlacesSource source = new GooglePlacesSource();

    @AfterEach
    void stop() {
        places.stop();
    }

    @Test
    void aTileThatHitsTheSixtyCapIsSplitIntoQuadrantsAndPlacesAreCountedOnce() throws Exception {
        // the whole area: three full pages, 60 places, and Google gives no token after the third
        places.stubFor(PlacesStubs.tile(53.78, -1.56, 53.82, -1.52).atPriority(5)
                .willReturn(PlacesStubs.json(PlacesStubs.page("p", 0, 20, "t2"))));
        places.stubFor(PlacesStubs.pageWithToken("t2").atPriority(1)
                .willReturn(PlacesStubs.json(PlacesStubs.page("p", 20, 40, "t3"))));
        places.stubFor(PlacesStubs.pageWithToken("t3").atPriority(1)
                .willReturn(PlacesStubs.json(PlacesStubs.page("p", 40, 60, null))));
        // the north-east quadrant holds what the capped query could not return; every quadrant repeats p0
        places.stubFor(PlacesStubs.tile(53.80, -1.54, 53.82, -1.52).atPriority(2).willReturn(PlacesStubs.json(
                "{\"places\":[" + PlacesStubs.place("p0") + "," + PlacesStubs.place("ne1") + ","
                        + PlacesStubs.place("ne2") + "]}")));
        places.stubFor(PlacesStubs.firstPage().atPriority(9)
                .willReturn(PlacesStubs.json("{\"places\":[" + PlacesStubs.place("p0") + "]}")));

        StudioDiscovery found = source.discover(AREA, PlacesContexts.context(baseUrl(), "k"));

        assertThat(found.studios()).extracting(DiscoveredStudio::sourceId).doesNotHaveDuplicates()
                .hasSize(62).contains("p0", "p59", "ne1", "ne2");
        assertThat(found.requests()).isEqualTo(3 + 4);
        assertThat(found.failures()).isEmpty();
        assertThat(rectanglesQueried()).containsExactlyInAnyOrder(
                "-1.56,53.78,-1.52,53.82", "-1.56,53.78,-1.52,53.82", "-1.56,53.78,-1.52,53.82",
                "-1.56,53.8,-1.54,53.82", "-1.54,53.8,-1.52,53.82",
                "-1.56,53.78,-1.54,53.8", "-1.54,53.78,-1.52,53.8");
    }

    @Test
    void splittingStopsAtTheMinimumTileSizeAndSaysCoverageMayBeIncomplete() throws Exception {
        stubEveryTileFull();

        StudioDiscovery found = source.discover(AREA,
                PlacesContexts.context(baseUrl(), "k", "min-tile-degrees=0.015"));

        // the area and its four 0.02-degree quadrants; their 0.01-degree quadrants would be under the minimum
        assertThat(found.requests()).isEqualTo(5 * 3);
        assertThat(found.studios()).hasSize(60);
        assertThat(found.failures()).hasSize(4).allSatisfy(f -> {
            assertThat(f.reason()).isEqualTo(Failure.Reason.TOO_LARGE);
            assertThat(f.detail()).contains("60-place cap", "min-tile-degrees=0.015");
        });
        places.verify(15, postRequestedFor(urlEqualTo(PlacesStubs.PATH)));
    }

    @Test
    void theRequestCapStopsARunawaySearchAndSaysSo() throws Exception {
        stubEveryTileFull();

        StudioDiscovery found = source.discover(AREA,
                PlacesContexts.context(baseUrl(), "k", "min-tile-degrees=0.0001", "max-requests=7"));

        assertThat(found.requests()).isEqualTo(7);
        places.verify(7, postRequestedFor(urlEqualTo(PlacesStubs.PATH)));
        assertThat(found.failures()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.reason()).isEqualTo(Failure.Reason.TOO_LARGE);
            assertThat(f.detail()).contains("max-requests=7");
        });
        assertThat(found.studios()).hasSize(60);
    }

    /** Every tile, however small, answers with the same 60 places over three pages. */
    private void stubEveryTileFull() {
        places.stubFor(PlacesStubs.firstPage().willReturn(PlacesStubs.json(PlacesStubs.page("p", 0, 20, "t2"))));
        places.stubFor(PlacesStubs.pageWithToken("t2").willReturn(PlacesStubs.json(PlacesStubs.page("p", 20, 40, "t3"))));
        places.stubFor(PlacesStubs.pageWithToken("t3").willReturn(PlacesStubs.json(PlacesStubs.page("p", 40, 60, null))));
    }

    private List<String> rectanglesQueried() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<LoggedRequest> requests = places.findAll(postRequestedFor(urlEqualTo(PlacesStubs.PATH)));
        List<String> boxes = new java.util.ArrayList<>();
        for (LoggedRequest request : requests) {
            JsonNode rectangle = json.readTree(request.getBodyAsString()).path("locationRestriction").path("rectangle");
            boxes.add(rectangle.path("low").path("longitude").asDouble() + ","
                    + rectangle.path("low").path("latitude").asDouble() + ","
                    + rectangle.path("high").path("longitude").asDouble() + ","
                    + rectangle.path("high").path("latitude").asDouble());
        }
        return boxes;
    }

    private URI baseUrl() {
        return URI.create(places.baseUrl());
    }
}

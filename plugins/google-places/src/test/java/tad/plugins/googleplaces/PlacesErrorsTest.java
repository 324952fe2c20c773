package tad.plugins.googleplaces;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tad.plugin.BoundingBox;
import tad.plugin.DiscoveredStudio;
import tad.plugin.Failure;
import tad.plugin.SearchArea;
import tad.plugin.SourceException;
import tad.plugin.StudioSource.StudioDiscovery;

class PlacesErrorsTest {
    private static final SearchArea AREA = new SearchArea("box", "GB", new BoundingBox(-1.56, 53.78, -1.52, 53.82));

    private final WireMockServer places = PlacesStubs.startServer();
    private final GooglePlacesSource source = new GooglePlacesSource();

    @AfterEach
    void stop() {
        places.stop();
    }

    @Test
    void apiNotEnabled403IsFatalWithGooglesReasonOnOneLine() {
        places.stubFor(PlacesStubs.firstPage().willReturn(PlacesStubs.recorded(403, "error-permission-denied.json")));

        assertThatThrownBy(() -> source.discover(AREA, PlacesContexts.context(baseUrl(), "k")))
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.fatal()).isTrue())
                .hasMessage("Places API rejected the request (403: PERMISSION_DENIED: Places API (New) has not been"
                        + " used in project 000000000000 before or it is disabled.); check TAD_GOOGLE_API_KEY and"
                        + " that the Places API (New) is enabled for it");
        places.verify(1, postRequestedFor(urlEqualTo(PlacesStubs.PATH)));
    }

    @Test
    void invalidKey400IsFatal() {
        places.stubFor(PlacesStubs.firstPage().willReturn(PlacesStubs.recorded(400, "error-api-key-invalid.json")));

        assertThatThrownBy(() -> source.discover(AREA, PlacesContexts.context(baseUrl(), "bad")))
                .isInstanceOfSatisfying(SourceException.class, e -> {
                    assertThat(e.fatal()).isTrue();
                    assertThat(e.getMessage()).doesNotContain("\n")
                            .contains("400: INVALID_ARGUMENT: API key not valid. Please pass a valid API key.");
                });
    }

    @Test
    void anErrorWithoutGooglesBodyIsStillFatalAndReadable() {
        places.stubFor(PlacesStubs.firstPage().willReturn(aResponse().withStatus(404).withBody("<html>nope")));

        assertThatThrownBy(() -> source.discover(AREA, PlacesContexts.context(baseUrl(), "k")))
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.fatal()).isTrue())
                .hasMessage("Places API rejected the request (404)");
    }

    @Test
    void throttling429IsRetriedAfterRetryAfterThenSucceeds() throws Exception {
        places.stubFor(PlacesStubs.firstPage().inScenario("quota").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(PlacesStubs.recorded(429, "error-resource-exhausted.json").withHeader("Retry-After", "1"))
                .willSetStateTo("recovered"));
        places.stubFor(PlacesStubs.firstPage().inScenario("quota").whenScenarioStateIs("recovered")
                .willReturn(PlacesStubs.json(PlacesStubs.page("p", 0, 3, null))));

        Instant start = Instant.now();
        StudioDiscovery found = source.discover(AREA, PlacesContexts.context(baseUrl(), "k"));

        assertThat(Duration.between(start, Instant.now())).isGreaterThanOrEqualTo(Duration.ofMillis(900));
        assertThat(found.studios()).hasSize(3);
        assertThat(found.failures()).isEmpty();
        assertThat(found.requests()).as("the plugin's own calls; the host's retries are not counted").isEqualTo(1);
        places.verify(2, postRequestedFor(urlEqualTo(PlacesStubs.PATH)));
    }

    @Test
    void serverError5xxIsRetriedThenSucceeds() throws Exception {
        places.stubFor(PlacesStubs.firstPage().inScenario("outage").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("back"));
        places.stubFor(PlacesStubs.firstPage().inScenario("outage").whenScenarioStateIs("back")
                .willReturn(PlacesStubs.json(PlacesStubs.page("p", 0, 2, null))));

        StudioDiscovery found = source.discover(AREA, PlacesContexts.context(baseUrl(), "k"));

        assertThat(found.studios()).extracting(DiscoveredStudio::sourceId).containsExactly("p0", "p1");
        assertThat(found.failures()).isEmpty();
    }

    @Test
    void aTileStillFailingAfterRetriesIsRecordedAndTheRestOfTheAreaIsSearched() throws Exception {
        places.stubFor(PlacesStubs.tile(53.78, -1.56, 53.82, -1.52).atPriority(5)
                .willReturn(PlacesStubs.json(PlacesStubs.page("p", 0, 20, "t2"))));
        places.stubFor(PlacesStubs.pageWithToken("t2").atPriority(1)
                .willReturn(PlacesStubs.json(PlacesStubs.page("p", 20, 40, "t3"))));
        places.stubFor(PlacesStubs.pageWithToken("t3").atPriority(1)
                .willReturn(PlacesStubs.json(PlacesStubs.page("p", 40, 60, null))));
        places.stubFor(PlacesStubs.tile(53.80, -1.54, 53.82, -1.52).atPriority(2).willReturn(aResponse().withStatus(500)));
        places.stubFor(PlacesStubs.tile(53.78, -1.54, 53.80, -1.52).atPriority(2)
                .willReturn(PlacesStubs.recorded(429, "error-resource-exhausted.json").withHeader("Retry-After", "0")));
        places.stubFor(PlacesStubs.firstPage().atPriority(9)
                .willReturn(PlacesStubs.json("{\"places\":[" + PlacesStubs.place("sw") + "]}")));

        StudioDiscovery found = source.discover(AREA, PlacesContexts.context(baseUrl(), "k"));

        assertThat(found.studios()).hasSize(61);
        assertThat(found.failures()).extracting(Failure::reason)
                .containsExactlyInAnyOrder(Failure.Reason.HTTP_ERROR, Failure.Reason.THROTTLED);
        assertThat(found.failures()).allSatisfy(f -> assertThat(f.detail()).startsWith("tile "));
        assertThat(found.failures()).anySatisfy(f -> assertThat(f.detail()).contains("RESOURCE_EXHAUSTED"));
    }

    @Test
    void whenNothingAnswersAtAllTheCrawlFails() {
        places.stubFor(PlacesStubs.firstPage().willReturn(aResponse().withStatus(503)));

        assertThatThrownBy(() -> source.discover(AREA, PlacesContexts.context(baseUrl(), "k")))
                .isInstanceOfSatisfying(SourceException.class, e -> {
                    assertThat(e.fatal()).isTrue();
                    assertThat(e.failure().reason()).isEqualTo(Failure.Reason.HTTP_ERROR);
                })
                .hasMessageContaining("Places API gave no usable answer").hasMessageContaining("503");
    }

    @Test
    void malformedJsonIsARecordedFailureAndTheCrawlGoesOn() throws Exception {
        places.stubFor(PlacesStubs.firstPage().willReturn(PlacesStubs.json(PlacesStubs.page("p", 0, 20, "t2"))));
        places.stubFor(PlacesStubs.pageWithToken("t2").willReturn(PlacesStubs.json("{\"places\": [{\"id\": \"p2")));

        StudioDiscovery found = source.discover(AREA, PlacesContexts.context(baseUrl(), "k"));

        assertThat(found.studios()).hasSize(20);
        assertThat(found.requests()).isEqualTo(2);
        assertThat(found.failures()).singleElement().satisfies(f -> {
            assertThat(f.reason()).isEqualTo(Failure.Reason.UNEXPECTED_FORMAT);
            assertThat(f.detail()).contains("malformed JSON").doesNotContain("\n");
        });
    }

    @Test
    void placesWithoutIdOrNameAreRecordedNotStored() throws Exception {
        places.stubFor(PlacesStubs.firstPage().willReturn(PlacesStubs.json(
                "{\"places\":[{\"displayName\":{\"text\":\"No id\"}},{\"id\":\"no-name\"}," + PlacesStubs.place("ok")
                        + "]}")));

        StudioDiscovery found = source.discover(AREA, PlacesContexts.context(baseUrl(), "k"));

        assertThat(found.studios()).extracting(DiscoveredStudio::sourceId).containsExactly("ok");
        assertThat(found.failures()).extracting(Failure::reason)
                .containsExactly(Failure.Reason.UNEXPECTED_FORMAT, Failure.Reason.UNEXPECTED_FORMAT);
    }

    private URI baseUrl() {
        return URI.create(places.baseUrl());
    }
}

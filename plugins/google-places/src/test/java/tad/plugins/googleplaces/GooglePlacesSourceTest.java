package tad.plugins.googleplaces;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tad.plugin.BoundingBox;
import tad.plugin.DiscoveredStudio;
import tad.plugin.GeoPoint;
import tad.plugin.SearchArea;
import tad.plugin.SourceException;
import tad.plugin.Sourced;
import tad.plugin.StudioSource.StudioDiscovery;

class GooglePlacesSourceTest {
    private static final SearchArea AREA =
            new SearchArea("Leeds centre", "GB", new BoundingBox(-1.56, 53.79, -1.52, 53.81));

    private final WireMockServer places = PlacesStubs.startServer();
    private final GooglePlacesSource source = new GooglePlacesSource();

    @AfterEach
    void stop() {
        places.stop();
    }

    @Test
    void followsNextPageTokensAndSendsOnlyWhatGoogleNeeds() throws Exception {
        places.stubFor(PlacesStubs.firstPage().willReturn(PlacesStubs.recorded(200, "search-text-page1.json")));
        places.stubFor(PlacesStubs.pageWithToken("AeeoHcL-page-2-token")
                .willReturn(PlacesStubs.recorded(200, "search-text-page2.json")));

        StudioDiscovery found = source.discover(AREA, PlacesContexts.context(baseUrl(), "secret-key"));

        assertThat(found.requests()).isEqualTo(2);
        assertThat(found.failures()).isEmpty();
        String firstBody = """
                {"textQuery": "tattoo studio", "includedType": "body_art_service", "pageSize": 20,
                 "locationRestriction": {"rectangle": {"low": {"latitude": 53.79, "longitude": -1.56},
                                                       "high": {"latitude": 53.81, "longitude": -1.52}}}}""";
        places.verify(postRequestedFor(urlEqualTo(PlacesStubs.PATH))
                .withHeader("X-Goog-Api-Key", equalTo("secret-key"))
                .withHeader("X-Goog-FieldMask", equalTo("places.id,places.displayName,places.formattedAddress,"
                        + "places.location,places.websiteUri,places.internationalPhoneNumber,places.types,"
                        + "places.businessStatus,nextPageToken"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson(firstBody)));
        // the second page repeats the request exactly, plus the token, as Google requires
        places.verify(postRequestedFor(urlEqualTo(PlacesStubs.PATH)).withRequestBody(equalToJson("""
                {"textQuery": "tattoo studio", "includedType": "body_art_service", "pageSize": 20,
                 "pageToken": "AeeoHcL-page-2-token",
                 "locationRestriction": {"rectangle": {"low": {"latitude": 53.79, "longitude": -1.56},
                                                       "high": {"latitude": 53.81, "longitude": -1.52}}}}""")));
        assertThat(found.studios()).extracting(DiscoveredStudio::sourceId).containsExactly(
                "ChIJ_fictional_inkwell_0001", "ChIJ_fictional_temp_0003", "ChIJ_fictional_static_0004");
    }

    @Test
    void marksGoogleContentWithItsSourceAndFetchTimeAndSkipsPermanentlyClosedPlaces() throws Exception {
        places.stubFor(PlacesStubs.firstPage().willReturn(PlacesStubs.recorded(200, "search-text-page1.json")));
        places.stubFor(PlacesStubs.pageWithToken("AeeoHcL-page-2-token")
                .willReturn(PlacesStubs.recorded(200, "search-text-page2.json")));

        StudioDiscovery found = source.discover(AREA, PlacesContexts.context(baseUrl(), "secret-key"));

        DiscoveredStudio inkwell = found.studios().get(0);
        assertThat(inkwell).isEqualTo(new DiscoveredStudio("ChIJ_fictional_inkwell_0001", "google-places",
                google("Inkwell & Anchor Tattoo"),
                Optional.of(google("12 Call Lane, Leeds LS1 6DT, UK")),
                Optional.of(new Sourced<>(new GeoPoint(53.7953, -1.5412), Sourced.GOOGLE_PLACES, PlacesContexts.NOW)),
                Optional.of("https://inkwell.example/"),
                Optional.of("+44 113 496 0001")));
        assertThat(found.studios()).extracting(s -> s.name().value()).doesNotContain("Long Gone Tattoo")
                .contains("Needle & Thread Studio");
        DiscoveredStudio noWebsite = found.studios().get(2);
        assertThat(noWebsite.websiteUrl()).isEmpty();
        assertThat(noWebsite.phone()).isEmpty();
    }

    @Test
    void theQueryAndTypeAreConfigurable() throws Exception {
        places.stubFor(PlacesStubs.firstPage().willReturn(PlacesStubs.json("{}")));

        StudioDiscovery found = source.discover(AREA, PlacesContexts.context(baseUrl(), "k",
                "text-query=tattoo", "included-type=none", "strict-type-filtering=true"));

        assertThat(found.studios()).isEmpty();
        assertThat(found.requests()).isEqualTo(1);
        places.verify(postRequestedFor(urlEqualTo(PlacesStubs.PATH)).withRequestBody(equalToJson("""
                {"textQuery": "tattoo", "pageSize": 20, "locationRestriction": {"rectangle": {
                     "low": {"latitude": 53.79, "longitude": -1.56}, "high": {"latitude": 53.81, "longitude": -1.52}}}}""")));
    }

    @Test
    void strictTypeFilteringIsSentWithTheType() throws Exception {
        places.stubFor(PlacesStubs.firstPage().willReturn(PlacesStubs.json("{}")));

        source.discover(AREA, PlacesContexts.context(baseUrl(), "k", "strict-type-filtering=true"));

        places.verify(postRequestedFor(urlEqualTo(PlacesStubs.PATH)).withRequestBody(equalToJson("""
                {"textQuery": "tattoo studio", "includedType": "body_art_service", "strictTypeFiltering": true,
                 "pageSize": 20, "locationRestriction": {"rectangle": {
                     "low": {"latitude": 53.79, "longitude": -1.56}, "high": {"latitude": 53.81, "longitude": -1.52}}}}""")));
    }

    @Test
    void aMissingOrBlankKeyIsFatalBeforeAnyRequest() {
        for (String key : new String[] {null, "  "}) {
            assertThatThrownBy(() -> source.discover(AREA, PlacesContexts.context(baseUrl(), key)))
                    .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.fatal()).isTrue())
                    .hasMessage("google-places: no API key; set TAD_GOOGLE_API_KEY");
        }
        assertThat(places.getAllServeEvents()).isEmpty();
    }

    @Test
    void aMalformedSettingIsFatalAndNamesTheSetting() {
        assertThatThrownBy(() -> source.discover(AREA,
                PlacesContexts.context(baseUrl(), "k", "min-tile-degrees=0")))
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.fatal()).isTrue())
                .hasMessageContaining("min-tile-degrees");
        assertThatThrownBy(() -> source.discover(AREA, PlacesContexts.context(URI.create("places.local"), "k")))
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.fatal()).isTrue())
                .hasMessageContaining("base-url");
    }

    @Test
    void theConfigNeverPrintsTheKey() throws Exception {
        PlacesConfig config = PlacesConfig.from(new MapConfig(java.util.Map.of("api-key", "AIza-secret")));
        assertThat(config.toString()).doesNotContain("AIza-secret");
        assertThat(config.searchTextUri()).isEqualTo(URI.create("https://places.googleapis.com/v1/places:searchText"));
    }

    private URI baseUrl() {
        return URI.create(places.baseUrl());
    }

    private static Sourced<String> google(String value) {
        return new Sourced<>(value, Sourced.GOOGLE_PLACES, PlacesContexts.NOW);
    }
}

package tad.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import tad.core.config.CrawlSettings;
import tad.core.denylist.Denylist;
import tad.core.denylist.DenylistKey;
import tad.core.domain.CrawlReport;
import tad.core.domain.Ids;
import tad.core.pipeline.CrawlDependencies;
import tad.core.pipeline.CrawlPipeline;
import tad.core.pipeline.CrawlProgress;
import tad.core.pipeline.Enrichers;
import tad.core.pipeline.ImageMirror;
import tad.core.pipeline.ProfileSources;
import tad.core.plugins.Loaded;
import tad.plugin.ArtistCandidate;
import tad.plugin.ArtistProfile;
import tad.plugin.ArtistSiteFacts;
import tad.plugin.ArtistSource;
import tad.plugin.ArtistSourceResult;
import tad.plugin.BoundingBox;
import tad.plugin.ConfigSection;
import tad.plugin.DiscoveredStudio;
import tad.plugin.Enricher;
import tad.plugin.Enrichment;
import tad.plugin.Failure;
import tad.plugin.PluginContext;
import tad.plugin.ProfileResult;
import tad.plugin.ProfileSource;
import tad.plugin.SearchArea;
import tad.plugin.Sourced;
import tad.plugin.StudioDetails;
import tad.plugin.StudioSource;
import tad.store.dynamodb.DynamoArtistStore;
import tad.store.dynamodb.DynamoConnection;
import tad.store.dynamodb.DynamoCrawlRunStore;
import tad.store.dynamodb.DynamoDenylistStore;

/**
 * One failure policy for every extension point: a studio source and an enricher that throw an unexpected exception
 * fail their item, recorded with the plugin's id, and the crawl goes on to completion with the other plugins'
 * results. Before, either exception ended the whole crawl (and a resumed run hit it again).
 */
class CrawlFailurePolicyTest {
    private static final SearchArea LEEDS = new SearchArea("Leeds", "GB", BoundingBox.parse("-1.6,53.7,-1.4,53.9"));
    private final DynamoConnection dynamo = DynamoConnection.inMemory("TattooDirectory");
    private final Clock clock = Clock.systemUTC();

    @AfterEach
    void close() {
        dynamo.close();
    }

    @Test
    void aThrowingStudioSourceOrEnricherFailsItsItemAndTheCrawlGoesOn() throws Exception {
        StudioSource broken = (area, context) -> {
            throw new IllegalStateException("a bug in a studio source");
        };
        StudioSource working = (area, context) -> new StudioSource.StudioDiscovery(List.of(new DiscoveredStudio(
                "place-1", "test-places", new Sourced<>("Ink Studio", "test-places", clock.instant()),
                Optional.empty(), Optional.empty(), Optional.of("http://127.0.0.1:9/"), Optional.empty())), 1,
                List.of());
        ArtistSource roster = (studio, context) -> new ArtistSourceResult(List.of(
                new ArtistCandidate("ada.ink", Optional.of("Ada"), "http://127.0.0.1:9/", ArtistSiteFacts.pageOnly(
                        "http://127.0.0.1:9/")),
                new ArtistCandidate("bo.ink", Optional.empty(), "http://127.0.0.1:9/", ArtistSiteFacts.pageOnly(
                        "http://127.0.0.1:9/"))), StudioDetails.none(), 1, List.of());
        ProfileSource profiles = (handle, context) -> new ProfileResult.Found(new ArtistProfile(handle,
                Optional.empty(), "blackwork only", Optional.empty(), Optional.empty(), false, List.of()));
        Enricher brokenEnricher = (evidence, context) -> {
            throw new ArrayIndexOutOfBoundsException(3);
        };
        Enricher styles = (evidence, context) -> new Enrichment(java.util.Set.of("blackwork"),
                java.util.Set.of(), List.of(), List.of());

        CrawlReport report = new CrawlPipeline(dependencies(
                List.of(loaded("broken-places", broken), loaded("test-places", working)),
                List.of(loaded("test-site", roster)), List.of(loaded("test-profiles", profiles)),
                List.of(loaded("broken-styles", brokenEnricher), loaded("test-styles", styles))),
                CrawlProgress.SILENT).run(LEEDS);

        assertThat(report.status()).isEqualTo(CrawlReport.Status.COMPLETED);
        assertThat(report.studiosFound()).isEqualTo(1);
        assertThat(report.artistsNew()).isEqualTo(2);
        // one discovery and two artists' enrichment, each recorded once
        assertThat(report.failuresByReason()).containsEntry(Failure.Reason.PLUGIN_ERROR.name(), 3);
        assertThat(new DynamoArtistStore(dynamo).artist(Ids.artistId("ada.ink")).orElseThrow().styles())
                .containsExactly("blackwork");
    }

    @Test
    void aStudioWithoutAWebsiteIsCountedApartAndIsNoFailure() throws Exception {
        StudioSource places = (area, context) -> new StudioSource.StudioDiscovery(List.of(
                studio("place-1", Optional.empty()), studio("place-2", Optional.empty()),
                studio("place-3", Optional.of("http://127.0.0.1:9/"))), 1, List.of());
        ArtistSource unreachable = (studio, context) -> new ArtistSourceResult(List.of(), StudioDetails.none(), 0,
                List.of(Failure.of(Failure.Reason.NETWORK, "connection refused")));

        CrawlReport report = new CrawlPipeline(dependencies(List.of(loaded("test-places", places)),
                List.of(loaded("test-site", unreachable)), List.of(), List.of()), CrawlProgress.SILENT).run(LEEDS);

        assertThat(report.studiosFound()).isEqualTo(3);
        assertThat(report.studiosWithoutWebsite()).isEqualTo(2);
        assertThat(report.failuresByReason()).containsExactly(java.util.Map.entry(Failure.Reason.NETWORK.name(), 1));
        assertThat(report.failed()).isEqualTo(1);
        assertThat(new DynamoCrawlRunStore(dynamo).report(report.runId())).contains(report);
    }

    @Test
    void withNoProfileSourceTheSitesArtistsAreListedAndNoneCountsAsFailed() throws Exception {
        StudioSource places = (area, context) -> new StudioSource.StudioDiscovery(List.of(
                studio("place-1", Optional.of("http://127.0.0.1:9/"))), 1, List.of());
        ArtistSource roster = (studio, context) -> new ArtistSourceResult(List.of(
                new ArtistCandidate("ada.ink", Optional.of("Ada"), "http://127.0.0.1:9/", ArtistSiteFacts.pageOnly(
                        "http://127.0.0.1:9/"))), StudioDetails.none(), 1, List.of());

        // no profile source loaded: what profile.source=none gives the pipeline
        CrawlReport report = new CrawlPipeline(dependencies(List.of(loaded("test-places", places)),
                List.of(loaded("test-site", roster)), List.of(), List.of()), CrawlProgress.SILENT).run(LEEDS);

        assertThat(report.artistsNew()).isEqualTo(1);
        assertThat(report.failed()).as("the operator chose no profiles; nothing failed").isZero();
        assertThat(new DynamoArtistStore(dynamo).artist(Ids.artistId("ada.ink"))).isPresent();
    }

    private DiscoveredStudio studio(String placeId, Optional<String> website) {
        return new DiscoveredStudio(placeId, "test-places", new Sourced<>("Studio " + placeId, "test-places",
                clock.instant()), Optional.empty(), Optional.empty(), website, Optional.empty());
    }

    private CrawlDependencies dependencies(List<Loaded<StudioSource>> studios, List<Loaded<ArtistSource>> artists,
                                           List<Loaded<ProfileSource>> profiles, List<Loaded<Enricher>> enrichers) {
        Denylist denylist = new Denylist(new DynamoDenylistStore(dynamo), new DenylistKey(new byte[32]), clock);
        return new CrawlDependencies(new DynamoArtistStore(dynamo), new DynamoCrawlRunStore(dynamo), denylist,
                studios, artists, new ProfileSources(profiles), new Enrichers(enrichers), ImageMirror.NONE,
                null, new CrawlSettings(2, 3, Duration.ofDays(30), "test-profiles"), clock);
    }

    private static <T> Loaded<T> loaded(String pluginId, T extension) {
        return new Loaded<>(pluginId, extension, new PluginContext(null, ConfigSection.empty(pluginId),
                Clock.systemUTC(), LoggerFactory.getLogger("test." + pluginId)));
    }
}

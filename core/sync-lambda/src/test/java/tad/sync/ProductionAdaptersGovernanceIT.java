package tad.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tad.core.domain.Artist;
import tad.core.domain.PortfolioImage;
import tad.core.domain.Studio;
import tad.core.domain.StyleTaxonomy;
import tad.core.governance.Purger;
import tad.core.governance.RemovalDecisions;
import tad.core.governance.RemovalMail;
import tad.core.mail.MailTemplates;
import tad.core.mail.SiteLinks;
import tad.mail.ses.SesClients;
import tad.mail.ses.SesMailer;
import tad.mail.ses.SesStub;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import tad.core.governance.TraceVerifier;
import tad.core.media.MediaKey;
import tad.core.removal.RemovalRequest;
import tad.core.search.ArtistHit;
import tad.core.search.ArtistQuery;
import tad.core.search.SearchReader;
import tad.core.search.SearchWithdrawal;
import tad.core.store.Fixtures;
import tad.media.s3.S3MediaStore;
import tad.search.opensearch.OpenSearchNode;
import tad.store.dynamodb.DynamoArtistStore;
import tad.store.dynamodb.DynamoAuditTrail;
import tad.store.dynamodb.DynamoRemovalRequestStore;

/**
 * Issue 9's governance flow on the production adapters, without the CLI: DynamoDB (DynamoDB Local as a server),
 * OpenSearch (a real node) kept in step by {@link StreamHandler} from the table's real stream records, and S3 media
 * (the LocalS3 emulator). After an approved removal no store holds a trace, the others are untouched, the denylist
 * knows the handle and approving again is harmless. (The raw-bytes check of the embedded flow does not apply:
 * production stores manage their own storage.)
 */
class ProductionAdaptersGovernanceIT {
    @RegisterExtension
    static final OpenSearchNode NODE = new OpenSearchNode();
    static final String HANDLE = "hollis.tarn";
    static final String NAME = "Hollis Tarn";

    @Test
    void anApprovedRemovalLeavesNoTraceInDynamoDbOpenSearchOrS3() throws Exception {
        try (DynamoLocalServer dynamoLocal = DynamoLocalServer.start();
             LocalS3Emulator s3 = LocalS3Emulator.start("tad-media", "media");
             SesStub ses = SesStub.start();
             SesV2Client sesClient = SesClients.create("eu-west-2", Optional.of(ses.endpoint()))) {
            // the function's own wiring, from the variables Terraform sets (plus the two local endpoints)
            ProductionAdapters adapters = ProductionAdapters.fromEnvironment(Map.of(
                    "AWS_REGION", "eu-west-2",
                    "TAD_DYNAMODB_ENDPOINT", dynamoLocal.endpoint().toString(),
                    "TAD_OPENSEARCH_URL", NODE.endpoint().toString(),
                    "TAD_OPENSEARCH_INDEX", "artists-governance-it",
                    "TAD_DENYLIST_SECRET", "a-denylist-secret-for-the-governance-test"));
            DynamoArtistStore store = new DynamoArtistStore(adapters.bootstrap().dynamoConnection());
            SearchReader search = adapters.search();
            S3MediaStore media = s3.mediaStore();
            StreamRecords stream = new StreamRecords(adapters.bootstrap().dynamoConnection());
            StreamHandler handler = new StreamHandler(adapters.indexUpdater());

            Studio studio = Fixtures.studio("place-1", Fixtures.T0);
            store.upsertStudio(studio);
            Artist hollis = seed(store, media, ArtistEdits.named(artist(HANDLE, studio), NAME));
            Artist other1 = seed(store, media, artist("wren.fineline", studio));
            Artist other2 = seed(store, media, artist("kit.dotwork", studio));
            assertThat(handler.handleRequest(LambdaEvents.of(stream.next()), null).getBatchItemFailures()).isEmpty();
            assertThat(search.count()).isEqualTo(3);
            assertThat(ids(search, "hollis")).containsExactly(hollis.artistId());

            DynamoRemovalRequestStore requests = new DynamoRemovalRequestStore(adapters.bootstrap().dynamoConnection());
            requests.save(RemovalRequest.pending("req-1", Optional.of("@Hollis.Tarn"), Optional.empty(),
                    "hollis@example.org", "I am Hollis Tarn, please delist me", Instant.now()));
            // production stores compact themselves: no compactors (and DynamoDB keeps stream records 24 h, see operations.md)
            Purger purger = new Purger(store, SearchWithdrawal.direct(adapters.searchWriter()), Optional.of(media),
                    List.of());
            DynamoAuditTrail audit = new DynamoAuditTrail(adapters.bootstrap().dynamoConnection());
            RemovalMail mail = new RemovalMail(requests, new SesMailer(sesClient, "privacy@tad.example"),
                    new MailTemplates(), audit, Clock.systemUTC(), new SiteLinks(URI.create("https://tad.example")));
            RemovalDecisions decisions = new RemovalDecisions(requests, store, adapters.denylist(), purger, audit,
                    Clock.systemUTC(), mail);

            long started = System.nanoTime();
            assertThat(decisions.approve("req-1", "verified by e-mail").changed()).isTrue();
            // the purge's own deletes reach the function too; they must not bring the artist back
            assertThat(handler.handleRequest(LambdaEvents.of(stream.next()), null).getBatchItemFailures()).isEmpty();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(60));
            // the acknowledgement and the decision went out through SES; neither names the artist
            assertThat(ses.received()).extracting(m -> m.to() + " " + m.subject()).containsExactly(
                    "hollis@example.org We received your removal request req-1",
                    "hollis@example.org Removed: your request req-1 was approved");
            assertThat(ses.received().toString()).doesNotContainIgnoringCase("hollis.tarn").doesNotContain(NAME);
            assertThat(requests.owedMail(Instant.now(), 10)).isEmpty();

            TraceVerifier verifier = new TraceVerifier(store, search, Optional.of(media), StyleTaxonomy.bundled());
            assertNoTrace(hollis, store, search, media, s3, verifier);
            for (Artist other : List.of(other1, other2)) {
                assertThat(store.artist(other.artistId())).isPresent();
                assertThat(ids(search, other.instagramHandle())).containsExactly(other.artistId());
                assertThat(media.hasAnyTrace(other.artistId())).isTrue();
                assertThat(store.roster(studio.studioId())).contains(other.artistId());
            }
            assertThat(search.count()).isEqualTo(2);
            assertThat(adapters.denylist().isHandleDenied(HANDLE)).isTrue();
            RemovalRequest decided = requests.get("req-1").orElseThrow();
            assertThat(decided.email()).isEmpty();
            assertThat(decided.instagramHandle()).isEmpty();

            assertThat(decisions.approve("req-1", "again").changed()).isFalse();
            assertNoTrace(hollis, store, search, media, s3, verifier);
            assertThat(search.count()).isEqualTo(2);
        }
    }

    private static void assertNoTrace(Artist artist, DynamoArtistStore store, SearchReader search, S3MediaStore media,
                                      LocalS3Emulator s3, TraceVerifier verifier) {
        assertThat(store.artist(artist.artistId())).isEmpty();
        assertThat(store.images(artist.artistId())).isEmpty();
        assertThat(ids(search, HANDLE)).isEmpty();
        assertThat(ids(search, NAME)).doesNotContain(artist.artistId());
        assertThat(media.hasAnyTrace(artist.artistId())).isFalse();
        assertThat(s3.keysUnder("media/" + MediaKey.artistPrefix(artist.artistId()))).isEmpty();
        assertThat(verifier.traces(artist.artistId(), List.of(HANDLE, NAME), Optional.empty())).isEmpty();
    }

    /** Stores the artist with two images and puts each image's renditions into S3, as the media mirror would. */
    private static Artist seed(DynamoArtistStore store, S3MediaStore media, Artist artist) {
        List<PortfolioImage> images = List.of(Fixtures.image(artist.instagramHandle() + "-1", 0),
                Fixtures.image(artist.instagramHandle() + "-2", 1));
        store.upsertArtist(artist, images);
        for (PortfolioImage image : images) {
            for (String size : List.of("thumb", "large")) {
                media.put(MediaKey.of(artist.artistId(), image.imageId(), size, "webp"), webpBytes(artist));
            }
        }
        return artist;
    }

    private static byte[] webpBytes(Artist artist) {
        return ("RIFF\0\0\0\0WEBPVP8 " + artist.artistId()).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static Artist artist(String handle, Studio studio) {
        return Fixtures.artist(handle, Set.of("blackwork", "fine-line"), "Leeds", Set.of(studio.studioId()));
    }

    private static List<String> ids(SearchReader search, String text) {
        return search.search(ArtistQuery.builder().text(text).size(100).build()).items().stream()
                .map(ArtistHit::id).toList();
    }
}

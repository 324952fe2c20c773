package tad.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tad.core.domain.Artist;
import tad.core.search.ArtistHit;
import tad.core.search.ArtistQuery;
import tad.core.store.Fixtures;
import tad.search.opensearch.OpenSearchNode;
import tad.store.dynamodb.DynamoArtistStore;

/**
 * The jar Terraform deploys: small enough for Lambda, free of the test emulators, and able on its own (no test class
 * path behind it) to wire the production adapters from the environment and sync real stream records into a real
 * OpenSearch node.
 */
class ShadedJarIT {
    @RegisterExtension
    static final OpenSearchNode NODE = new OpenSearchNode();

    @Test
    void theJarHoldsTheFunctionAndNoTestEmulators() throws Exception {
        Path jar = ShadedJar.built();
        assertThat(Files.size(jar)).as("Lambda's direct-upload limit").isLessThan(50L * 1024 * 1024);
        try (ShadedJar shaded = new ShadedJar(jar)) {
            assertThat(shaded.entries()).contains("tad/sync/StreamHandler.class",
                    "tad/store/dynamodb/StreamChanges.class", "tad/search/opensearch/OpenSearchSearchIndex.class",
                    "org/opensearch/client/transport/aws/AwsSdk2Transport.class",
                    "com/amazonaws/services/lambda/runtime/events/DynamodbEvent.class");
            assertThat(shaded.entries()).noneMatch(e -> e.startsWith("com/amazonaws/services/dynamodbv2/local/")
                    || e.startsWith("com/almworks/sqlite4java/") || e.startsWith("org/eclipse/jetty/")
                    || e.startsWith("org/apache/lucene/") || e.startsWith("com/robothy/")
                    || e.startsWith("org/junit/") || e.startsWith("io/netty/") || e.startsWith("org/mockito/"));
        }
    }

    @Test
    void theJarAloneWiresItsAdaptersFromTheEnvironmentAndSyncs() throws Exception {
        try (DynamoLocalServer dynamoLocal = DynamoLocalServer.start();
             ShadedJar shaded = new ShadedJar(ShadedJar.built())) {
            Map<String, String> env = Map.of(
                    "AWS_REGION", "eu-west-2",
                    "TAD_DYNAMODB_ENDPOINT", dynamoLocal.endpoint().toString(),
                    "TAD_OPENSEARCH_URL", NODE.endpoint().toString(),
                    "TAD_OPENSEARCH_INDEX", "artists-shaded-it",
                    "TAD_DENYLIST_SECRET", "a-denylist-secret-for-the-shaded-jar-test");
            Object handler = shaded.handler(env);
            // the test's side of the same stores, on the test class path
            ProductionAdapters adapters = ProductionAdapters.fromEnvironment(env);
            Artist artist = Fixtures.artist("shaded.sam", Set.of("blackwork"), "Leeds", Set.of());
            new DynamoArtistStore(adapters.bootstrap().dynamoConnection()).upsertArtist(artist, List.of(Fixtures.image("sam-1", 0)));

            assertThat(shaded.failures(handler, new StreamRecords(adapters.bootstrap().dynamoConnection()).next())).isEmpty();

            assertThat(adapters.search().search(ArtistQuery.builder().text("shaded.sam").size(10).build()).items())
                    .extracting(ArtistHit::id).containsExactly(artist.artistId());
        }
    }
}

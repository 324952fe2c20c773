package tad.serve;

import tad.core.config.ServeSettings;
import io.helidon.webserver.WebServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tad.core.denylist.Denylist;
import tad.core.denylist.DenylistKey;
import tad.core.domain.Artist;
import tad.core.domain.Studio;
import tad.core.domain.StyleTaxonomy;
import tad.core.search.ArtistDocument;
import tad.core.search.GeneratedArtists;
import tad.core.search.SearchIndex;
import tad.core.search.SearchMix;
import tad.core.sync.ArtistDocuments;
import tad.search.lucene.LuceneSearchIndex;
import tad.search.opensearch.OpenSearchIndexSettings;
import tad.search.opensearch.OpenSearchNode;
import tad.search.opensearch.OpenSearchSearchIndex;
import tad.store.dynamodb.DynamoArtistStore;
import tad.store.dynamodb.DynamoConnection;
import tad.store.dynamodb.DynamoDenylistStore;
import tad.store.dynamodb.DynamoRemovalRequestStore;

/**
 * The load benchmark's server (not a test): stores N generated artists in an in-memory DynamoDB Local, indexes them
 * from the store's records (the sync's own {@link ArtistDocuments}) into the embedded Lucene index or a real
 * OpenSearch node, writes the search mix and sample profile ids for wrk, starts the real server on a port, and stops
 * by itself after a time limit. Run by serve/bench/run.sh.
 *
 * <p>Arguments: artists port maxSeconds workDir engine (lucene or opensearch) mixSize
 */
final class BenchServer {
    private static final int BATCH = 500;

    private BenchServer() {
    }

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Exception | Error e) {
            // DynamoDB Local and the node's shutdown hook keep the JVM alive: a failed start must end it
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        int artists = Integer.parseInt(args[0]);
        int port = Integer.parseInt(args[1]);
        long maxSeconds = Long.parseLong(args[2]);
        Path work = Files.createDirectories(Path.of(args[3]));
        String engine = args[4];
        int mixSize = Integer.parseInt(args[5]);
        long started = System.nanoTime();
        DynamoConnection dynamo = DynamoConnection.inMemory("TattooDirectory");
        DynamoArtistStore store = new DynamoArtistStore(dynamo);
        OpenSearchNode node = null;
        SearchIndex index;
        if (engine.equals("opensearch")) {
            node = new OpenSearchNode();
            node.start();
            System.out.println("NODE_PID " + node.pid());
            index = OpenSearchSearchIndex.connect(node.endpoint(), OpenSearchIndexSettings.singleNode("tad-bench"));
        } else {
            index = new LuceneSearchIndex(work.resolve("index"));
        }
        index.deleteAll();
        List<ArtistDocument> generated = GeneratedArtists.generate(artists, BenchData.SEED);
        fill(store, index, generated);
        index.refresh();
        writeSampleIds(work.resolve("ids.txt"), generated);
        writeMix(work.resolve("search-mix.txt"), mixSize);
        System.out.printf("generated %d artists in %.1f s (%s)%n", artists, (System.nanoTime() - started) / 1e9,
                engine);
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        Denylist denylist = new Denylist(new DynamoDenylistStore(dynamo), new DenylistKey(secret), Clock.systemUTC());
        Dependencies deps = new Dependencies(store, index, denylist, new DynamoRemovalRequestStore(dynamo),
                // no profile-age count: on this 100,000-artist DynamoDB Local it keeps a core busy for over 10 minutes,
                // which the search figures would pay for (docs/api.md, /metrics)
                Optional.empty(), ServeSettings.defaults().withProfileAgesEvery(Duration.ZERO), Clock.systemUTC());
        WebServer server = ServeApp.start(port, deps);
        System.out.println("READY on port " + server.port());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("stopping")));
        Thread.sleep(maxSeconds * 1000);
        server.stop();
        index.close();
        if (node != null) {
            node.stop();
        }
        dynamo.close();
        System.exit(0);
    }

    /** Studios and artists into the store, and each artist's search document built from what was stored. */
    private static void fill(DynamoArtistStore store, SearchIndex index, List<ArtistDocument> generated)
            throws InterruptedException {
        ArtistDocuments documents = new ArtistDocuments(StyleTaxonomy.bundled());
        Map<String, Studio> studios = new LinkedHashMap<>();
        generated.forEach(g -> studios.putIfAbsent(BenchData.studioId(g), BenchData.studio(g)));
        studios.values().forEach(store::upsertStudio);
        AtomicInteger done = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (int from = 0; from < generated.size(); from += BATCH) {
                List<ArtistDocument> batch = generated.subList(from, Math.min(generated.size(), from + BATCH));
                pool.submit(() -> {
                    List<ArtistDocument> indexed = new ArrayList<>();
                    for (ArtistDocument g : batch) {
                        Studio studio = studios.get(BenchData.studioId(g));
                        Artist artist = BenchData.artist(g, studio);
                        var images = BenchData.images(artist);
                        store.upsertArtist(artist, images);
                        documents.of(artist, List.of(studio), images).ifPresent(indexed::add);
                    }
                    index.upsertAll(indexed);
                    if (done.addAndGet(batch.size()) % 10_000 < BATCH) {
                        System.out.println("  " + done.get() + " artists");
                    }
                    return null;
                });
            }
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.HOURS);
        }
    }

    /** A thousand artist ids spread over the whole range, for the profile benchmark to rotate through. */
    private static void writeSampleIds(Path file, List<ArtistDocument> generated) throws java.io.IOException {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            ids.add(generated.get((int) ((long) i * generated.size() / 1000)).artistId());
        }
        Files.write(file, ids);
    }

    /** The search requests wrk draws from, one path per line, and how many of them are distinct. */
    private static void writeMix(Path file, int size) throws java.io.IOException {
        List<String> paths = SearchMix.generate(size, 7).stream()
                .map(q -> "/api/artists?" + SearchMix.queryString(q)).toList();
        Files.write(file, paths);
        Set<String> distinct = new HashSet<>(paths);
        System.out.printf("mix %d searches, %d distinct (%.1f%%)%n", paths.size(), distinct.size(),
                100.0 * distinct.size() / paths.size());
    }
}

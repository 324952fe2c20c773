package tad.serve;

import io.helidon.webserver.WebServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tad.core.denylist.Denylist;
import tad.core.denylist.DenylistKey;
import tad.core.domain.Artist;
import tad.core.domain.Studio;
import tad.search.lucene.LuceneSearchIndex;
import tad.store.dynamodb.DynamoArtistStore;
import tad.store.dynamodb.DynamoConnection;
import tad.store.dynamodb.DynamoDenylistStore;
import tad.store.dynamodb.DynamoRemovalRequestStore;
import tad.core.domain.StyleTaxonomy;

/**
 * The load benchmark's server (not a test): fills an in-memory DynamoDB Local and a Lucene index with N generated
 * artists, starts the real server on a port, and stops by itself after a time limit. Run by serve/bench/run.sh.
 *
 * <p>Arguments: artists port maxSeconds workDir
 */
final class BenchServer {
    private BenchServer() {
    }

    public static void main(String[] args) throws Exception {
        int artists = Integer.parseInt(args[0]);
        int port = Integer.parseInt(args[1]);
        long maxSeconds = Long.parseLong(args[2]);
        Path work = Files.createDirectories(Path.of(args[3]));
        long started = System.nanoTime();
        DynamoConnection dynamo = DynamoConnection.inMemory("TattooDirectory");
        DynamoArtistStore store = new DynamoArtistStore(dynamo);
        LuceneSearchIndex index = new LuceneSearchIndex(work.resolve("index"));
        index.deleteAll();
        fill(store, index, artists);
        index.refresh();
        writeSampleIds(work.resolve("ids.txt"), artists);
        System.out.printf("generated %d artists in %.1f s%n", artists, (System.nanoTime() - started) / 1e9);
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        DenylistKey key = new DenylistKey(secret);
        Denylist denylist = new Denylist(new DynamoDenylistStore(dynamo), key, Clock.systemUTC());
        Dependencies deps = new Dependencies(store, index, denylist, new DynamoRemovalRequestStore(dynamo),
                Optional.empty(), ServeSettings.defaults(), Clock.systemUTC());
        WebServer server = ServeApp.start(port, deps);
        System.out.println("READY on port " + server.port());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("stopping")));
        Thread.sleep(maxSeconds * 1000);
        server.stop();
        index.close();
        dynamo.close();
        System.exit(0);
    }

    /** A thousand artist ids spread over the whole range, for the profile benchmark to rotate through. */
    private static void writeSampleIds(Path file, int artists) throws java.io.IOException {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            ids.add(BenchData.artistId((int) ((long) i * artists / 1000)));
        }
        Files.write(file, ids);
    }

    private static void fill(DynamoArtistStore store, LuceneSearchIndex index, int artists) throws Exception {
        StyleTaxonomy taxonomy = StyleTaxonomy.bundled();
        BenchData data = new BenchData(taxonomy);
        int studios = Math.max(1, artists / 5);
        AtomicInteger done = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (int chunk = 0; chunk < 4; chunk++) {
                int first = chunk;
                pool.submit(() -> {
                    for (int s = first; s < studios; s += 4) {
                        Studio studio = data.studio(s);
                        store.upsertStudio(studio);
                        List<tad.core.search.ArtistDocument> documents = new ArrayList<>();
                        for (int n = s * 5; n < Math.min(artists, s * 5 + 5); n++) {
                            Artist artist = data.artist(n, studio);
                            store.upsertArtist(artist, data.images(artist));
                            documents.add(TestWorld.document(artist, studio));
                        }
                        index.upsertAll(documents);
                        int count = done.addAndGet(documents.size());
                        if (count % 10_000 < 5) {
                            System.out.println("  " + count + " artists");
                        }
                    }
                    return null;
                });
            }
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.HOURS);
        }
    }
}

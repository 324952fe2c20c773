package tad.core.search;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Measures a search index on {@link GeneratedArtists}: index build time, then p50/p95/p99 latency of each typical
 * query kind, one query at a time. Not a test: run by the adapters' benchmark mains (see docs/benchmarks.md).
 */
public final class SearchBenchmark {
    public static final int ARTISTS = 100_000;
    public static final int QUERIES_PER_KIND = 2_000;
    private static final int WARM_UP_PER_KIND = 500;
    /**
     * CPU time of the querying thread, next to wall time: on a shared machine wall time includes waiting for a core;
     * for the embedded index the thread's CPU time is the query's own cost (for OpenSearch it is only the client's).
     */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private record Kind(String name, Function<Random, ArtistQuery> query) {}

    private static final List<Kind> KINDS = List.of(
            new Kind("keyword (typos, prefixes)", SearchBenchmark::keyword),
            new Kind("two styles + city", r -> ArtistQuery.builder()
                    .style(GeneratedArtists.pick(r, GeneratedArtists.STYLES.subList(0, 10)),
                            GeneratedArtists.pick(r, GeneratedArtists.STYLES.subList(10, 20)))
                    .city(GeneratedArtists.city(r).name()).build()),
            new Kind("near + radius, by distance", r -> {
                GeneratedArtists.City c = GeneratedArtists.city(r);
                return ArtistQuery.builder().near(c.lat() + r.nextGaussian() * 0.02, c.lng() + r.nextGaussian() * 0.03,
                        5.0 + r.nextInt(20)).sort(SortOrder.DISTANCE).build();
            }),
            new Kind("bbox + facets", r -> {
                GeneratedArtists.City c = GeneratedArtists.city(r);
                double h = 0.05 + r.nextDouble() * 0.15;
                return ArtistQuery.builder().bbox(c.lng() - 2 * h, c.lat() - h, c.lng() + 2 * h, c.lat() + h).build();
            }),
            new Kind("distinct mix (SearchMix)", SearchMix::next));

    private SearchBenchmark() {}

    /** Loads the generated artists into {@code index} (emptied first) and measures it; prints a Markdown table. */
    public static void run(String adapter, SearchIndex index, PrintStream out) {
        List<ArtistDocument> artists = GeneratedArtists.generate(ARTISTS, 42);
        index.deleteAll();
        long start = System.nanoTime();
        index.upsertAll(artists);
        index.refresh();
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        out.printf("%s: indexed %,d artists in %.1f s (count %d)%n%n", adapter, artists.size(), buildSeconds, index.count());
        out.println("| adapter | query | p50 ms | p95 ms | p99 ms | CPU p50 ms | CPU p95 ms | mean hits |");
        out.println("|---|---|---|---|---|---|---|---|");
        for (Kind kind : KINDS) {
            Random warm = new Random(7);
            for (int i = 0; i < WARM_UP_PER_KIND; i++) {
                index.search(kind.query().apply(warm));
            }
            Random random = new Random(11);
            double[] millis = new double[QUERIES_PER_KIND];
            double[] cpuMillis = new double[QUERIES_PER_KIND];
            long hits = 0;
            for (int i = 0; i < QUERIES_PER_KIND; i++) {
                ArtistQuery query = kind.query().apply(random);
                long cpu0 = THREADS.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                hits += index.search(query).total();
                millis[i] = (System.nanoTime() - t0) / 1e6;
                cpuMillis[i] = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e6;
            }
            Arrays.sort(millis);
            Arrays.sort(cpuMillis);
            out.printf("| %s | %s | %.2f | %.2f | %.2f | %.2f | %.2f | %,d |%n", adapter, kind.name(),
                    percentile(millis, 50), percentile(millis, 95), percentile(millis, 99),
                    percentile(cpuMillis, 50), percentile(cpuMillis, 95), hits / QUERIES_PER_KIND);
        }
    }

    private static ArtistQuery keyword(Random r) {
        List<String> words = new ArrayList<>();
        words.addAll(GeneratedArtists.FIRST);
        words.addAll(GeneratedArtists.LAST);
        words.addAll(GeneratedArtists.BIO_WORDS);
        String word = GeneratedArtists.pick(r, words).toLowerCase();
        return ArtistQuery.builder().text(switch (r.nextInt(3)) {
            case 0 -> word; // as typed
            case 1 -> word.substring(0, Math.min(word.length(), 3 + r.nextInt(2))); // typing in progress
            default -> SearchMix.typo(word, r); // one letter swapped
        }).build();
    }

    private static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, rank)];
    }
}

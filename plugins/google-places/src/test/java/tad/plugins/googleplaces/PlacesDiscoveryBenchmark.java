package tad.plugins.googleplaces;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tad.core.geo.Gazetteer;
import tad.plugin.SearchArea;
import tad.plugin.StudioSource.StudioDiscovery;
import tad.samplecity.PlacesServer;
import tad.samplecity.Roster;

/**
 * Not a test (surefire only runs *Test): measures requests and wall time for covering Leeds against the local
 * Places look-alike, with no politeness delay, for docs/google-places.md. Run it with
 * {@code mvn -f plugins/google-places/pom.xml test -Dtest=PlacesDiscoveryBenchmark}.
 */
class PlacesDiscoveryBenchmark {
    private static final String KEY = "bench";
    private static final int RUNS = 30;

    @Test
    void coverLeeds() throws Exception {
        SearchArea leeds = Gazetteer.bundled().find("leeds").orElseThrow().toArea();
        List<String> lines = new ArrayList<>();
        lines.add(measure("sample city (85 studios, 70 within 1 km of the centre)", Roster.load(), leeds));
        for (int extra : new int[] {200, 500, 1000}) {
            for (String minTile : new String[] {"0.005", "0.001"}) {
                lines.add(measure("sample city + " + extra + " synthetic studios in the 3 x 3 km centre, min-tile-degrees="
                        + minTile, withDenseCentre(Roster.load(), extra), leeds, "min-tile-degrees=" + minTile));
            }
        }
        lines.add(String.format("peak heap after all runs: %.0f MiB", peakHeapMiB()));
        lines.forEach(System.out::println);
        Path out = Path.of("target", "benchmarks", "google-places.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, lines);
    }

    private static String measure(String label, Roster roster, SearchArea area, String... settings)
            throws Exception {
        try (PlacesServer places = PlacesServer.start(roster, KEY, key -> Optional.<URI>empty())) {
            GooglePlacesSource source = new GooglePlacesSource();
            StudioDiscovery last = null;
            for (int i = 0; i < 5; i++) {
                last = source.discover(area, PlacesContexts.context(places.baseUri(), KEY, settings));
            }
            long start = System.nanoTime();
            for (int i = 0; i < RUNS; i++) {
                last = source.discover(area, PlacesContexts.context(places.baseUri(), KEY, settings));
            }
            double msPerRun = (System.nanoTime() - start) / 1e6 / RUNS;
            assertThat(last.studios()).hasSizeLessThanOrEqualTo(roster.studios().size());
            return String.format("%s: %d of %d studios, %d requests, %d tiles still capped, %.1f ms per city"
                            + " (%.0f requests/s)", label, last.studios().size(), roster.studios().size(),
                    last.requests(), last.failures().size(), msPerRun,
                    last.requests() / (msPerRun / 1000));
        }
    }

    /** The sample roster plus {@code extra} studios scattered (seeded) around Leeds city centre. */
    private static Roster withDenseCentre(Roster roster, int extra) {
        Random random = new Random(42);
        List<Roster.Studio> studios = new ArrayList<>(roster.studios());
        for (int i = 0; i < extra; i++) {
            double lat = 53.7997 + (random.nextDouble() - 0.5) * 0.027;
            double lng = -1.5492 + (random.nextDouble() - 0.5) * 0.045;
            studios.add(new Roster.Studio("synthetic-" + i, "SYNTHETIC_" + i, "Synthetic Studio " + i, lat, lng,
                    false, "none", "benchmark", "", null, List.of()));
        }
        return new Roster(roster.city(), roster.country(), roster.bbox(), studios, roster.artists());
    }

    private static double peakHeapMiB() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / 1024.0 / 1024.0;
    }
}

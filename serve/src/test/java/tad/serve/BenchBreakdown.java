package tad.serve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import tad.core.search.ArtistQuery;
import tad.core.search.SearchIndex;
import tad.core.search.SearchResult;

/**
 * Where a search's time goes, measured in-process before the load run: the index query alone, then the response-time
 * visibility checks of its hits (one denylist read plus one store read per hit). Printed, not asserted.
 */
final class BenchBreakdown {
    private BenchBreakdown() {
    }

    static void print(SearchIndex index, Visibility visibility, int rounds) {
        List<ArtistQuery> queries = List.of(
                ArtistQuery.builder().style("blackwork", "neo-traditional").city("Leeds").build(),
                ArtistQuery.builder().text("ink").build(),
                ArtistQuery.builder().near(53.8, -1.55, 10.0).sort(tad.core.search.SortOrder.DISTANCE).build(),
                ArtistQuery.builder().bbox(-2.4, 53.3, -2.1, 53.6).style("fine-line").build(),
                ArtistQuery.builder().city("London").page(2).build());
        List<Long> searchNanos = new ArrayList<>();
        List<Long> visibilityNanos = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (ArtistQuery query : queries) {
                long start = System.nanoTime();
                SearchResult result = index.search(query);
                long searched = System.nanoTime();
                visibility.visibleHits(result.items());
                long checked = System.nanoTime();
                if (round > 0) {
                    searchNanos.add(searched - start);
                    visibilityNanos.add(checked - searched);
                }
            }
        }
        System.out.println("breakdown index.search      " + percentiles(searchNanos));
        System.out.println("breakdown visibility (hits) " + percentiles(visibilityNanos));
    }

    private static String percentiles(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return String.format("p50=%.2f ms p95=%.2f ms p99=%.2f ms (n=%d)", at(sorted, 0.50), at(sorted, 0.95),
                at(sorted, 0.99), sorted.size());
    }

    private static double at(List<Long> sorted, double quantile) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(quantile * sorted.size()))) / 1e6;
    }
}

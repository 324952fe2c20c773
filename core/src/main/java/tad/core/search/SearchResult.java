package tad.core.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of results. {@code total} counts every match (not just this page). {@code styleFacets} maps a style slug
 * to the number of artists that match every filter except the style filter, most frequent first, then by slug.
 */
public record SearchResult(long total, int page, int size, List<ArtistHit> items, Map<String, Long> styleFacets) {
    public SearchResult {
        items = List.copyOf(items);
        styleFacets = Collections.unmodifiableMap(StyleFacets.ordered(styleFacets));
    }

    /** Facet order shared by both adapters so that results compare equal. */
    static final class StyleFacets {
        private StyleFacets() {}

        static Map<String, Long> ordered(Map<String, Long> counts) {
            Map<String, Long> ordered = new LinkedHashMap<>();
            counts.entrySet().stream()
                    .filter(e -> e.getValue() > 0)
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> ordered.put(e.getKey(), e.getValue()));
            return ordered;
        }
    }
}

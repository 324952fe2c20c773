package tad.core.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of results. {@code total} counts every match (not just this page). {@code styleFacets} maps a style slug
 * to the number of artists that match every filter except the style filter, most frequent first, then by slug.
 * {@code availabilityFacets} maps a filterable availability kind to the number of artists that match every filter
 * except the availability filter and have a statement of that kind holding on the query's day, in the same order.
 */
public record SearchResult(long total, int page, int size, List<ArtistHit> items, Map<String, Long> styleFacets,
                           Map<String, Long> availabilityFacets) {
    public SearchResult {
        items = List.copyOf(items);
        styleFacets = Collections.unmodifiableMap(StyleFacets.ordered(styleFacets));
        availabilityFacets = Collections.unmodifiableMap(StyleFacets.ordered(
                availabilityFacets == null ? Map.of() : availabilityFacets));
    }

    /** A result without availability facets. */
    public SearchResult(long total, int page, int size, List<ArtistHit> items, Map<String, Long> styleFacets) {
        this(total, page, size, items, styleFacets, Map.of());
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

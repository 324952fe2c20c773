package tad.core.search;

import java.util.Locale;

/** How search results are ordered; every order ends with artistId ascending so that ties are deterministic. */
public enum SortOrder {
    /** Highest score first (see docs/search.md for how scores are built). The default. */
    RELEVANCE,
    /** Nearest first; only with {@code near}. Artists without a location come last. */
    DISTANCE,
    /** Most recently updated first. */
    UPDATED;

    /** Parses the API's {@code sort} parameter: {@code relevance}, {@code distance} or {@code updated}, any case. */
    public static SortOrder parse(String text) {
        if (text == null || text.isBlank()) {
            return RELEVANCE;
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String shown = text.length() <= 40 ? text : text.substring(0, 40) + "...";
            throw new InvalidQueryException("sort", "must be one of relevance, distance, updated (was '" + shown + "')");
        }
    }
}

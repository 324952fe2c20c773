package tad.core.search;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import tad.plugin.BoundingBox;
import tad.plugin.GeoPoint;

/**
 * A search request, validated on construction; every rule names the API parameter it guards
 * ({@link InvalidQueryException#parameter()}). Filters combine with AND; the styles within {@code styles} with OR.
 *
 * @param text free text (q), or null; matched with typo and prefix tolerance
 * @param styles style slugs (style); an artist matches when it has any of them, and ranks higher the more it has
 * @param city city name (city), matched case- and accent-insensitively, or null
 * @param near the point of a radius search and of distance sorting, or null
 * @param radiusKm the radius around {@code near}, or null for no distance filter (near then only serves sorting)
 * @param bbox the map viewport (bbox), or null
 * @param page page number from 1
 * @param size page size, 1..{@value #MAX_SIZE}
 * @param availability availability kinds (availability); an artist matches when a statement of any of them holds
 *        on {@code today}
 * @param today the day availability is judged on: the server's date when the request is served
 */
public record ArtistQuery(
        String text,
        Set<String> styles,
        String city,
        GeoPoint near,
        Double radiusKm,
        BoundingBox bbox,
        SortOrder sort,
        int page,
        int size,
        Set<String> availability,
        LocalDate today) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Deepest result reachable by paging (OpenSearch's default max_result_window, and a sane bound for Lucene). */
    public static final int MAX_WINDOW = 10_000;
    public static final int MAX_TEXT_LENGTH = 200;
    public static final int MAX_STYLES = 20;
    public static final double MAX_RADIUS_KM = 1_000;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** A query without an availability filter, judged on today's date (UTC). */
    public ArtistQuery(String text, Set<String> styles, String city, GeoPoint near, Double radiusKm, BoundingBox bbox,
                       SortOrder sort, int page, int size) {
        this(text, styles, city, near, radiusKm, bbox, sort, page, size, Set.of(), null);
    }

    public ArtistQuery {
        availability = availability == null ? Set.of() : Set.copyOf(availability);
        today = today == null ? LocalDate.now(ZoneOffset.UTC) : today;
        for (String kind : availability) {
            if (!AvailabilityEntry.FILTERABLE.contains(kind)) {
                throw new InvalidQueryException("availability", "must be books-open, flash or guest-spot (was '"
                        + (kind.length() > 40 ? kind.substring(0, 40) + "..." : kind) + "')");
            }
        }
        text = blankToNull(text);
        city = blankToNull(city);
        styles = styles == null ? Set.of() : Set.copyOf(new LinkedHashSet<>(styles));
        sort = sort == null ? SortOrder.RELEVANCE : sort;
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            throw new InvalidQueryException("q", "at most " + MAX_TEXT_LENGTH + " characters");
        }
        if (styles.size() > MAX_STYLES) {
            throw new InvalidQueryException("style", "at most " + MAX_STYLES + " styles");
        }
        for (String style : styles) {
            if (style.length() > 50 || !SLUG.matcher(style).matches()) {
                throw new InvalidQueryException("style", "must be a style slug like 'fine-line' (was '" + style + "')");
            }
        }
        if (city != null && city.length() > 100) {
            throw new InvalidQueryException("city", "at most 100 characters");
        }
        if (radiusKm != null) {
            if (near == null) {
                throw new InvalidQueryException("radiusKm", "needs near=lat,lng");
            }
            if (!(radiusKm > 0 && radiusKm <= MAX_RADIUS_KM)) {
                throw new InvalidQueryException("radiusKm", "must be above 0 and at most " + (int) MAX_RADIUS_KM + " (was " + radiusKm + ")");
            }
        }
        if (sort == SortOrder.DISTANCE && near == null) {
            throw new InvalidQueryException("sort", "distance needs near=lat,lng");
        }
        if (page < 1) {
            throw new InvalidQueryException("page", "must be 1 or more (was " + page + ")");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidQueryException("size", "must be between 1 and " + MAX_SIZE + " (was " + size + ")");
        }
        if ((long) page * size > MAX_WINDOW) {
            throw new InvalidQueryException("page", "page * size must be at most " + MAX_WINDOW
                    + " (was " + ((long) page * size) + "); narrow the search instead of paging this deep");
        }
    }

    /** Index of the first item of this page among all results. */
    public int offset() {
        return (page - 1) * size;
    }

    public static Builder builder() {
        return new Builder();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Fluent construction; validation happens in {@link #build()}. */
    public static final class Builder {
        private String text;
        private final Set<String> styles = new LinkedHashSet<>();
        private String city;
        private GeoPoint near;
        private Double radiusKm;
        private BoundingBox bbox;
        private SortOrder sort = SortOrder.RELEVANCE;
        private int page = 1;
        private int size = DEFAULT_SIZE;
        private final Set<String> availability = new LinkedHashSet<>();
        private LocalDate today;

        public Builder text(String text) { this.text = text; return this; }
        public Builder style(String... slugs) { styles.addAll(java.util.Arrays.asList(slugs)); return this; }
        public Builder city(String city) { this.city = city; return this; }
        public Builder near(double lat, double lng, Double radiusKm) { near = new GeoPoint(lat, lng); this.radiusKm = radiusKm; return this; }
        public Builder bbox(double west, double south, double east, double north) { bbox = new BoundingBox(west, south, east, north); return this; }
        public Builder sort(SortOrder sort) { this.sort = sort; return this; }
        public Builder page(int page) { this.page = page; return this; }
        public Builder size(int size) { this.size = size; return this; }
        public Builder availability(String... kinds) { availability.addAll(java.util.Arrays.asList(kinds)); return this; }
        public Builder today(LocalDate today) { this.today = today; return this; }

        public ArtistQuery build() {
            return new ArtistQuery(text, styles, city, near, radiusKm, bbox, sort, page, size, availability, today);
        }
    }
}

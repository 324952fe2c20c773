package tad.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The search in a search page's address, read as the web app reads it: a line-by-line port of
 * {@code web/src/lib/searchState.ts} ({@code parseSearch}, {@code toQueryString}, {@code toApiQuery}). Lenient like
 * the page: a malformed value falls back to its default instead of failing.
 *
 * <p>The server uses it to write the first page of results into the page before the app runs. The app accepts those
 * results only when {@link #apiQuery()} is exactly the {@code /api/artists} query it would send itself, so any
 * difference between this reading and the app's costs a request, never wrong results.
 *
 * @param near {@code [lat, lng]} or null
 * @param bbox {@code [west, south, east, north]} or null
 */
record PageSearch(String q, String city, double[] near, Double radiusKm, List<String> styles,
                  List<String> availability, double[] bbox, String sort, int page, boolean map) {
    static final int PAGE_SIZE = 24;
    static final int MAP_PAGE_SIZE = 100;
    private static final List<String> SORTS = List.of("relevance", "distance", "updated");
    /** searchState.ts's AVAILABILITY_FILTERS, in the order the filter lists them. */
    private static final List<String> AVAILABILITY = List.of("books-open", "flash", "guest-spot");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9-]{1,40}");
    private static final Pattern PAGE = Pattern.compile("\\d{1,4}");

    static PageSearch parse(String rawQuery) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (Map.Entry<String, String> pair : BrowserForms.parse(rawQuery == null ? "" : rawQuery)) {
            params.computeIfAbsent(pair.getKey(), k -> new ArrayList<>()).add(pair.getValue());
        }
        double[] near = near(first(params, "near"));
        String sortText = first(params, "sort");
        String sort = sortText != null && SORTS.contains(sortText) ? sortText : "relevance";
        String pageText = Optional.ofNullable(first(params, "page")).orElse("");
        int page = PAGE.matcher(pageText).matches() ? Integer.parseInt(pageText) : 1;
        List<String> styles = List.copyOf(new TreeSet<>(params.getOrDefault("style", List.of()).stream()
                .filter(s -> SLUG.matcher(s).matches()).toList()));
        return new PageSearch(
                cut(Optional.ofNullable(first(params, "q")).orElse(""), 200),
                cut(Optional.ofNullable(first(params, "city")).orElse(""), 100),
                near,
                near == null ? null : positive(first(params, "radiusKm"), 500),
                styles,
                AVAILABILITY.stream().filter(params.getOrDefault("availability", List.of())::contains).toList(),
                bbox(first(params, "bbox")),
                sort.equals("distance") && near == null ? "relevance" : sort,
                page >= 1 && page <= 400 ? page : 1,
                "map".equals(first(params, "view")));
    }

    /** The /api/artists query the page asks for this search (toApiQuery): the grid pages, the map asks for one page. */
    String apiQuery() {
        List<Map.Entry<String, String>> p = filterParams();
        p.add(Map.entry("page", map ? "1" : Integer.toString(page)));
        p.add(Map.entry("size", Integer.toString(map ? MAP_PAGE_SIZE : PAGE_SIZE)));
        return BrowserForms.serialize(p);
    }

    /** The same, as API parameters (name to values). */
    Map<String, List<String>> apiParameters() {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (Map.Entry<String, String> pair : BrowserForms.parse(apiQuery())) {
            params.computeIfAbsent(pair.getKey(), k -> new ArrayList<>()).add(pair.getValue());
        }
        return params;
    }

    /** The page address's query (without '?') of the same search on another page (toQueryString). */
    String pageQuery(int otherPage) {
        List<Map.Entry<String, String>> p = filterParams();
        if (!map && otherPage > 1) {
            p.add(Map.entry("page", Integer.toString(otherPage)));
        }
        if (map) {
            p.add(Map.entry("view", "map"));
        }
        return BrowserForms.serialize(p);
    }

    /** The address query of this search as the grid shows it: the canonical form of its address. */
    String gridQuery() {
        return new PageSearch(q, city, near, radiusKm, styles, availability, bbox, sort, map ? 1 : page, false)
                .pageQuery(map ? 1 : page);
    }

    /** Whether anything narrows the search (hasFilters). */
    boolean filtered() {
        return !BrowserForms.trim(q).isEmpty() || !BrowserForms.trim(city).isEmpty() || near != null
                || !styles.isEmpty() || !availability.isEmpty() || bbox != null;
    }

    private List<Map.Entry<String, String>> filterParams() {
        List<Map.Entry<String, String>> p = new ArrayList<>();
        String text = BrowserForms.trim(q);
        String place = BrowserForms.trim(city);
        if (!text.isEmpty()) {
            p.add(Map.entry("q", text));
        }
        if (!place.isEmpty()) {
            p.add(Map.entry("city", place));
        }
        if (near != null) {
            p.add(Map.entry("near", BrowserForms.fixed(near[0], 5) + "," + BrowserForms.fixed(near[1], 5)));
        }
        if (near != null && radiusKm != null) {
            p.add(Map.entry("radiusKm", BrowserForms.string(radiusKm)));
        }
        styles.forEach(style -> p.add(Map.entry("style", style)));
        availability.forEach(kind -> p.add(Map.entry("availability", kind)));
        if (bbox != null) {
            List<String> parts = new ArrayList<>();
            for (double n : bbox) {
                parts.add(BrowserForms.fixed(n, 5));
            }
            p.add(Map.entry("bbox", String.join(",", parts)));
        }
        if (!sort.equals("relevance")) {
            p.add(Map.entry("sort", sort));
        }
        return p;
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null ? null : values.getFirst();
    }

    /** {@code text.slice(0, max)}: UTF-16 units, as Java counts them. */
    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

    private static double[] numbers(String value, int count) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        String[] parts = value.split(",", -1);
        if (parts.length != count) {
            return null;
        }
        double[] numbers = new double[count];
        for (int i = 0; i < count; i++) {
            numbers[i] = BrowserForms.trim(parts[i]).isEmpty() ? Double.NaN : BrowserForms.number(parts[i]);
            if (!Double.isFinite(numbers[i])) {
                return null;
            }
        }
        return numbers;
    }

    private static double[] near(String value) {
        double[] n = numbers(value, 2);
        return n != null && Math.abs(n[0]) <= 90 && Math.abs(n[1]) <= 180 ? n : null;
    }

    private static double[] bbox(String value) {
        double[] n = numbers(value, 4);
        if (n == null) {
            return null;
        }
        boolean inRange = Math.abs(n[0]) <= 180 && Math.abs(n[2]) <= 180 && Math.abs(n[1]) <= 90 && Math.abs(n[3]) <= 90;
        return inRange && n[0] < n[2] && n[1] < n[3] ? n : null;
    }

    private static Double positive(String value, double max) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        double n = BrowserForms.number(value);
        return Double.isFinite(n) && n > 0 && n <= max ? n : null;
    }
}

package tad.serve;

import static tad.serve.HtmlText.escape;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tad.core.search.ArtistHit;

/**
 * The static first view of a search page's results, written into the web app's search page ({@code index.html}) for
 * each request: the results header, the first page of artist cards and the page links, then the results and the
 * style list as JSON.
 *
 * <p>Why: the search page otherwise draws its results only after the framework's JavaScript has loaded and asked the
 * API, so the results could not paint before the scripts (Lighthouse mobile LCP up to 1.6 s). The React page leaves
 * an empty slot for this ({@code SearchPage.tsx}, {@code ServerSlot}) which hydration keeps as it is; the app then
 * renders the same results from the JSON without asking again and replaces the slot.
 *
 * <p>The markup mirrors {@code ResultsHeader}, {@code ResultsGrid}, {@code ArtistCard} and {@code Pagination} element
 * for element, with the same global class names ({@code results.css}), so nothing moves when React takes over.
 * Every value comes from scraped data or the address and is escaped ({@link HtmlText}).
 */
final class SearchFirstView {
    static final String SLOT_ID = "search-first-view";
    static final String SLOT_OPEN = "<div id=\"" + SLOT_ID + "\">";
    static final String SLOT = SLOT_OPEN + "</div>";
    /** The id of the embedded JSON, read by {@code web/src/lib/embeddedSearch.ts}. */
    static final String DATA_ID = "search-data";
    private static final int EAGER_COUNT = 4;
    /** Pagination.tsx: pages beyond the API's deepest reachable result are not offered. */
    private static final int MAX_PAGES = 10_000 / PageSearch.PAGE_SIZE;

    /** What the page embeds for the app: the query the results answer, the results and the style list. */
    record Embedded(String apiQuery, ArtistsService.SearchResponse results, List<StylesService.StyleView> styles) {
    }

    private SearchFirstView() {
    }

    /** The page with the first view in its slot; empty when the page has no slot (an old build). */
    static Optional<String> fill(String page, PageSearch search, Embedded data) {
        int slot = page.indexOf(SLOT);
        if (slot < 0) {
            return Optional.empty();
        }
        int inside = slot + SLOT_OPEN.length();
        return Optional.of(page.substring(0, inside) + render(search, data) + page.substring(inside));
    }

    static String render(PageSearch search, Embedded data) {
        Map<String, String> labels = data.styles().stream()
                .collect(Collectors.toMap(StylesService.StyleView::slug, StylesService.StyleView::label));
        StringBuilder html = new StringBuilder(8192);
        header(html, search, data.results().total());
        html.append("<ul class=\"results-grid\">");
        List<ArtistHit> items = data.results().items();
        for (int i = 0; i < items.size(); i++) {
            html.append("<li>");
            card(html, items.get(i), labels, i < EAGER_COUNT);
            html.append("</li>");
        }
        html.append("</ul>");
        pages(html, search, data.results().total());
        html.append("<script type=\"application/json\" id=\"").append(DATA_ID).append("\">")
                .append(HtmlText.scriptJson(Json.bytes(data))).append("</script>");
        return html.toString();
    }

    /** As ResultsHeader.tsx's summary: "28 artists in Leeds". */
    static String summary(PageSearch search, long total) {
        String city = BrowserForms.trim(search.city());
        String where = !city.isEmpty() ? " in " + city : search.near() != null ? " near you" : "";
        return total + " " + (total == 1 ? "artist" : "artists") + where;
    }

    private static void header(StringBuilder html, PageSearch search, long total) {
        html.append("<div class=\"results-header\"><h2 id=\"results-heading\" class=\"results-heading\">")
                .append("<span role=\"status\">").append(escape(summary(search, total))).append("</span></h2>");
        if (search.filtered()) {
            html.append("<a class=\"results-clear\" href=\"/\">Clear all filters</a>");
        }
        html.append("<div class=\"results-toggle\" role=\"group\" aria-label=\"Show results as\">")
                .append("<button type=\"button\" aria-pressed=\"true\" class=\"results-toggle-option\">Grid</button>")
                .append("<button type=\"button\" aria-pressed=\"false\" class=\"results-toggle-option\">Map</button>")
                .append("</div>");
        if (search.bbox() != null) {
            html.append("<p class=\"results-area\">Showing the area on the map. <button type=\"button\" ")
                    .append("class=\"results-clear-area\">Search everywhere</button></p>");
        }
        html.append("</div>");
    }

    private static void card(StringBuilder html, ArtistHit artist, Map<String, String> labels, boolean eager) {
        html.append("<article class=\"artist-card\">");
        if (artist.thumbnailUrl() != null && !artist.thumbnailUrl().isEmpty()) {
            html.append("<img class=\"artist-card-thumb\" src=\"").append(escape(artist.thumbnailUrl()))
                    .append("\" alt=\"\" width=\"320\" height=\"320\" loading=\"").append(eager ? "eager" : "lazy")
                    .append("\" decoding=\"async\"/>");
        } else {
            html.append("<div class=\"artist-card-thumb artist-card-placeholder\" aria-hidden=\"true\">")
                    .append(escape(initials(artist.name()))).append("</div>");
        }
        html.append("<div class=\"artist-card-body\"><h3 class=\"artist-card-name\"><a class=\"artist-card-link\" href=\"")
                .append(escape(profileHref(artist.id()))).append("\">").append(escape(artist.name())).append("</a></h3>")
                .append("<p class=\"artist-card-handle\">@").append(escape(artist.instagramHandle())).append("</p>");
        String where = artist.studio() == null ? "" : Stream.of(artist.studio().name(), artist.studio().city())
                .filter(s -> s != null && !s.isEmpty()).collect(Collectors.joining(", "));
        if (!where.isEmpty()) {
            html.append("<p class=\"artist-card-studio\">").append(escape(where)).append("</p>");
        }
        if (!artist.styles().isEmpty()) {
            html.append("<ul class=\"artist-card-tags\" aria-label=\"Styles\">");
            for (String slug : artist.styles()) {
                html.append("<li>").append(escape(labels.getOrDefault(slug, labelForSlug(slug)))).append("</li>");
            }
            html.append("</ul>");
        }
        AvailabilityHtml.badges(html, artist.availability(), false);
        html.append("</div></article>");
    }

    private static void pages(StringBuilder html, PageSearch search, long total) {
        long pages = Math.max(1, Math.min((total + PageSearch.PAGE_SIZE - 1) / PageSearch.PAGE_SIZE, MAX_PAGES));
        if (pages <= 1) {
            return;
        }
        html.append("<nav class=\"results-pages\" aria-label=\"Result pages\">");
        if (search.page() > 1) {
            html.append("<a class=\"results-pages-step\" href=\"?").append(escape(search.pageQuery(search.page() - 1)))
                    .append("\" rel=\"prev\">← Previous</a>");
        } else {
            html.append("<span class=\"results-pages-spacer\"></span>");
        }
        html.append("<span class=\"results-pages-where\">Page ").append(search.page()).append(" of ").append(pages)
                .append("</span>");
        if (search.page() < pages) {
            html.append("<a class=\"results-pages-step\" href=\"?").append(escape(search.pageQuery(search.page() + 1)))
                    .append("\" rel=\"next\">Next →</a>");
        } else {
            html.append("<span class=\"results-pages-spacer\"></span>");
        }
        html.append("</nav>");
    }

    /** As ArtistCard.tsx's profileHref (encodeURIComponent of an id, which our ids never need). */
    static String profileHref(String id) {
        return "/artists/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** As ArtistCard.tsx's initials: the first letters of the first two words. */
    private static String initials(String name) {
        return Stream.of(name.split("\\s+")).filter(w -> !w.isEmpty()).limit(2)
                .map(w -> String.valueOf(w.charAt(0)).toUpperCase(Locale.ROOT)).collect(Collectors.joining());
    }

    /** As useApi.ts's labelForSlug, for a slug the style list does not know: "neo-traditional" to "Neo traditional". */
    static String labelForSlug(String slug) {
        String words = slug.replace('-', ' ');
        return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}

package tad.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tad.core.search.ArtistHit;

/**
 * The head of a search page ({@link PageHead}): a title and description naming the search ("Blackwork tattoo artists
 * in Leeds"), the canonical address of the search (the grid's own address, defaults left out), Open Graph tags and a
 * schema.org {@code ItemList} of the page's artists, each a {@code ListItem} pointing at the artist's profile.
 */
final class SearchSeo {
    static final String HOME_DESCRIPTION =
            "Find tattoo artists near you by style and location, and see their work.";

    private SearchSeo() {
    }

    static PageHead head(PageSearch search, ArtistsService.SearchResponse results, Map<String, String> labels,
                         String origin) {
        String query = search.gridQuery();
        String canonical = origin + "/" + (query.isEmpty() ? "" : "?" + query);
        String title = title(search, labels);
        String description = description(search, results.total(), labels);
        Map<String, String> og = new LinkedHashMap<>();
        og.put("og:type", "website");
        og.put("og:site_name", PageHead.SITE_NAME);
        og.put("og:title", title);
        og.put("og:description", description);
        og.put("og:url", canonical);
        og.put("og:locale", "en_GB");
        return new PageHead(title, description, canonical, og, itemList(search, results, origin, title));
    }

    /** As pageTitles.ts's searchTitle: the site's name alone for the unfiltered first page. */
    static String title(PageSearch search, Map<String, String> labels) {
        String headline = headline(search, labels);
        return headline == null ? PageHead.SITE_NAME : headline + " · " + PageHead.SITE_NAME;
    }

    /** "Blackwork, Fine line tattoo artists in Leeds matching “rose”, page 2", or null when nothing narrows it. */
    private static String headline(PageSearch search, Map<String, String> labels) {
        boolean paged = !search.map() && search.page() > 1;
        if (!search.filtered() && !paged) {
            return null;
        }
        List<String> styleLabels = search.styles().stream()
                .map(s -> labels.getOrDefault(s, SearchFirstView.labelForSlug(s))).toList();
        StringBuilder text = new StringBuilder(styleLabels.isEmpty() ? "Tattoo artists"
                : String.join(", ", styleLabels) + " tattoo artists");
        String city = BrowserForms.trim(search.city());
        if (!city.isEmpty()) {
            text.append(" in ").append(city);
        } else if (search.near() != null) {
            text.append(" near you");
        }
        String q = BrowserForms.trim(search.q());
        if (!q.isEmpty()) {
            text.append(" matching “").append(q).append('”');
        }
        if (paged) {
            text.append(", page ").append(search.page());
        }
        return text.toString();
    }

    private static String description(PageSearch search, long total, Map<String, String> labels) {
        String headline = headline(search, labels);
        if (headline == null) {
            return HOME_DESCRIPTION;
        }
        return PageHead.shorten(headline + ": " + total + (total == 1 ? " artist" : " artists")
                + " in the directory. See their work and contact them on Instagram.", 200);
    }

    /** schema.org ItemList (https://schema.org/ItemList) of this page's artists, positions counted across pages. */
    private static Map<String, Object> itemList(PageSearch search, ArtistsService.SearchResponse results,
                                                String origin, String name) {
        List<Map<String, Object>> elements = new ArrayList<>();
        int first = (results.page() - 1) * results.size();
        List<ArtistHit> items = results.items();
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("@type", "ListItem");
            item.put("position", first + i + 1);
            item.put("url", origin + SearchFirstView.profileHref(items.get(i).id()));
            item.put("name", items.get(i).name());
            elements.add(item);
        }
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("@context", "https://schema.org");
        list.put("@type", "ItemList");
        list.put("name", name);
        list.put("numberOfItems", items.size());
        list.put("itemListOrder", "https://schema.org/ItemListUnordered");
        list.put("itemListElement", elements);
        return list;
    }
}

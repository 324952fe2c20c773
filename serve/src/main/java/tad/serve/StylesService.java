package tad.serve;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Map;
import tad.core.search.ArtistQuery;
import tad.core.search.SearchIndex;
import tad.core.domain.StyleTaxonomy;

/** {@code /api/styles}: every canonical style with its label and how many listed artists have it. */
final class StylesService implements HttpService {
    static final String CACHE = "public, max-age=300";

    private final SearchIndex index;
    private final StyleTaxonomy taxonomy;

    StylesService(SearchIndex index, StyleTaxonomy taxonomy) {
        this.index = index;
        this.taxonomy = taxonomy;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::styles).any("/", MethodNotAllowed.allowing("GET"));
    }

    private void styles(ServerRequest req, ServerResponse res) {
        // the facets of an unfiltered search count every indexed artist per style; one result is the least we may ask
        Map<String, Long> counts = index.search(ArtistQuery.builder().size(1).build()).styleFacets();
        List<StyleCount> styles = taxonomy.slugs().stream()
                .map(slug -> new StyleCount(slug, taxonomy.label(slug).orElse(slug), counts.getOrDefault(slug, 0L)))
                .toList();
        Responses.cachedJson(req, res, styles, CACHE);
    }

    record StyleCount(String slug, String label, long count) {
    }
}

package tad.serve;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Map;
import tad.core.search.ArtistQuery;
import tad.core.search.SearchReader;
import tad.core.domain.StyleTaxonomy;

/**
 * {@code /api/styles}: every canonical style with its label, how many listed artists have it, a plain-English
 * description (data, with the taxonomy) and pictures of work in the style ({@link StyleExamples}).
 */
final class StylesService implements HttpService {
    static final String CACHE = "public, max-age=300";

    private final SearchReader index;
    private final StyleTaxonomy taxonomy;
    private final StyleExamples examples;

    StylesService(SearchReader index, StyleTaxonomy taxonomy, StyleExamples examples) {
        this.index = index;
        this.taxonomy = taxonomy;
        this.examples = examples;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.route(GetRoutes.of("/", this::styles)).any("/", MethodNotAllowed.allowing(GetRoutes.ALLOW));
    }

    private void styles(ServerRequest req, ServerResponse res) {
        Responses.cachedJson(req, res, styles(), CACHE);
    }

    /** Every style, in taxonomy order: the body of {@code GET /api/styles}, also embedded in the search page. */
    List<StyleView> styles() {
        // the facets of an unfiltered search count every indexed artist per style; one result is the least we may ask
        Map<String, Long> counts = index.search(ArtistQuery.builder().size(1).build()).styleFacets();
        Map<String, List<StyleExamples.Example>> pictures = examples.bySlug();
        return taxonomy.slugs().stream()
                .map(slug -> new StyleView(slug, taxonomy.label(slug).orElse(slug), counts.getOrDefault(slug, 0L),
                        taxonomy.description(slug).orElse(""), pictures.getOrDefault(slug, List.of())))
                .toList();
    }

    record StyleView(String slug, String label, long count, String description,
                     List<StyleExamples.Example> examples) {
    }
}

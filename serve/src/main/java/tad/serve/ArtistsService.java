package tad.serve;

import io.helidon.common.parameters.Parameters;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import tad.core.search.ArtistHit;
import tad.core.search.ArtistQuery;
import tad.core.search.SearchReader;
import tad.core.search.SearchResult;
import tad.core.domain.StyleTaxonomy;

/** {@code /api/artists}: search, and one artist's profile. */
final class ArtistsService implements HttpService {
    /** Our ids are short lower-case tokens; anything else cannot name an artist and is a plain 404. */
    private static final Pattern ARTIST_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    /** Short, because a removed artist must drop out of shared caches (CloudFront) quickly too. */
    static final String SEARCH_CACHE = "public, max-age=30";
    static final String PROFILE_CACHE = "public, max-age=60";

    private final SearchReader index;
    private final Visibility visibility;
    private final ProfileMapper profiles;
    private final StyleTaxonomy taxonomy;
    private final Clock clock;

    ArtistsService(SearchReader index, Visibility visibility, ProfileMapper profiles, StyleTaxonomy taxonomy,
                   Clock clock) {
        this.index = index;
        this.visibility = visibility;
        this.profiles = profiles;
        this.taxonomy = taxonomy;
        this.clock = clock;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.route(GetRoutes.of("/", this::search))
                .any("/", MethodNotAllowed.allowing(GetRoutes.ALLOW))
                .route(GetRoutes.of("/{id}", this::profile))
                .any("/{id}", MethodNotAllowed.allowing(GetRoutes.ALLOW));
    }

    private void search(ServerRequest req, ServerResponse res) {
        Responses.cachedJson(req, res, search(query(req.query())), SEARCH_CACHE);
    }

    /** The search a query string asks for, read as {@code GET /api/artists} reads it (a 400 problem when invalid). */
    ArtistQuery query(Parameters parameters) {
        // availability is judged on the day of the request, whenever the index was last written
        return SearchParameters.parse(parameters, taxonomy, LocalDate.now(clock));
    }

    /**
     * One page of listed artists: the one search behind both {@code GET /api/artists} and the first view of the web
     * app's search page. The index alone decides what is listed: it holds only artists the profile read would show.
     */
    SearchResponse search(ArtistQuery query) {
        SearchResult result = index.search(query);
        return new SearchResponse(result.total(), query.page(), query.size(), result.items(),
                new SearchResponse.Facets(result.styleFacets(), result.availabilityFacets()));
    }

    private void profile(ServerRequest req, ServerResponse res) {
        ArtistProfile profile = visibleProfile(req.path().pathParameters().get("id"))
                .orElseThrow(() -> ProblemException.notFound("no artist with this id is listed"));
        Responses.cachedJson(req, res, profile, PROFILE_CACHE);
    }

    /**
     * The profile of an artist who may be shown now, else empty (malformed id, unknown, stale or denylisted). The one
     * lookup behind both {@code GET /api/artists/{id}} and the first view of the web app's profile page.
     */
    Optional<ArtistProfile> visibleProfile(String id) {
        if (id == null || !ARTIST_ID.matcher(id).matches()) {
            return Optional.empty();
        }
        return visibility.visible(id).map(profiles::profile);
    }

    /** The JSON body of a search. */
    record SearchResponse(long total, int page, int size, List<ArtistHit> items, Facets facets) {
        record Facets(Map<String, Long> styles, Map<String, Long> availability) {
        }
    }
}

package tad.serve;

import io.helidon.common.parameters.Parameters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tad.core.domain.StyleTaxonomy;

/**
 * The web app's two data pages as the server sends them: the built page with its first view written into its slot
 * and its head ({@link PageHead}) written for its data. The data comes from the same calls as the API
 * ({@link ArtistsService#visibleProfile}, {@link ArtistsService#search}, {@link StylesService#styles}), so a page
 * shows exactly what the API would.
 *
 * <p>The profile of an artist the API does not show is not found (status 404, never a 200 a search engine would
 * index; the app on the page says the artist cannot be found). A page whose data cannot be had (a search the API refuses, a failing store or
 * index) goes out as built: the app then asks the API itself and shows its own error state.
 */
final class WebPages {
    private static final Logger LOG = LoggerFactory.getLogger(WebPages.class);

    private final ArtistsService artists;
    private final StylesService styles;
    private final StyleTaxonomy taxonomy;

    WebPages(ArtistsService artists, StylesService styles, StyleTaxonomy taxonomy) {
        this.artists = artists;
        this.styles = styles;
        this.taxonomy = taxonomy;
    }

    /**
     * What the profile address of an artist answers: the page with first view and head for an artist the API shows;
     * not found for anyone the API does not show (unknown, removed, denylisted, purged, no longer served); the page
     * as built when the artist's data cannot be read (the app then asks the API and shows its own error state).
     */
    sealed interface ProfilePage {
        record Filled(String html) implements ProfilePage {
        }

        record NotFound() implements ProfilePage {
        }

        record AsBuilt() implements ProfilePage {
        }
    }

    ProfilePage profile(String built, String artistId, String origin) {
        Optional<ArtistProfile> profile;
        try {
            profile = artists.visibleProfile(artistId);
        } catch (RuntimeException e) {
            LOG.warn("profile page served as built: reading its data failed ({})", e.getClass().getSimpleName());
            return new ProfilePage.AsBuilt();
        }
        if (profile.isEmpty()) {
            return new ProfilePage.NotFound();
        }
        return ProfileFirstView.fill(built, profile.get())
                .<ProfilePage>map(page -> new ProfilePage.Filled(ProfileSeo.head(profile.get(), origin).applyTo(page)))
                .orElseGet(ProfilePage.AsBuilt::new);
    }

    /**
     * The search page for the address's query: its head always, and the first page of results in the grid's slot
     * (not for the map view, which needs the app, nor for an empty result, whose message the app writes).
     */
    Optional<String> search(String built, String rawQuery, String origin) {
        PageSearch search = PageSearch.parse(rawQuery);
        Parameters api = Parameters.create("query", search.apiParameters());
        return lookup("search", () -> Optional.of(artists.search(artists.query(api))))
                .map(results -> {
                    List<StylesService.StyleView> styleList = styles.styles();
                    Map<String, String> labels = styleList.stream().collect(
                            Collectors.toMap(StylesService.StyleView::slug, StylesService.StyleView::label));
                    String page = built;
                    if (!search.map() && results.total() > 0) {
                        SearchFirstView.Embedded data = new SearchFirstView.Embedded(search.apiQuery(), results,
                                styleList);
                        page = SearchFirstView.fill(built, search, data).orElse(built);
                    }
                    return SearchSeo.head(search, results, labels, origin).applyTo(page);
                });
    }

    private static <T> Optional<T> lookup(String page, java.util.function.Supplier<Optional<T>> read) {
        try {
            return read.get();
        } catch (ProblemException e) {
            // the API would refuse this search (e.g. an unknown style): the app asks it and shows the problem
            return Optional.empty();
        } catch (RuntimeException e) {
            // the page still works without its first view (the app asks the API and shows its own error state)
            LOG.warn("{} page served as built: reading its data failed ({})", page, e.getClass().getSimpleName());
            return Optional.empty();
        }
    }
}

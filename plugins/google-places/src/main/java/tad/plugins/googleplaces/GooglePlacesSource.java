package tad.plugins.googleplaces;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pf4j.Extension;
import tad.plugin.DiscoveredStudio;
import tad.plugin.Failure;
import tad.plugin.PluginContext;
import tad.plugin.SearchArea;
import tad.plugin.SourceException;
import tad.plugin.StudioSource;

/**
 * Finds tattoo studios with the Google Places API (New) Text Search, covering the whole area by tiling it (see
 * {@link TiledSearch}). Permanently closed places are skipped; temporarily closed ones are kept, since they reopen.
 */
@Extension
public class GooglePlacesSource implements StudioSource {

    @Override
    public StudioDiscovery discover(SearchArea area, PluginContext context) throws SourceException {
        PlacesConfig config = PlacesConfig.from(context.config());
        context.log().info("google-places: searching {} ({}) with {}", area.city(), area.bounds(), config);
        TiledSearch.Result result =
                new TiledSearch(new PlacesApi(context.http(), config), config, context.log()).cover(area.bounds());
        Instant fetchedAt = context.clock().instant();
        List<DiscoveredStudio> studios = new ArrayList<>();
        List<Failure> failures = new ArrayList<>(result.failures());
        int closed = 0;
        for (SearchTextResponse.Place place : result.places()) {
            if (place.permanentlyClosed()) {
                closed++;
                continue;
            }
            Optional<DiscoveredStudio> studio = PlaceMapper.toStudio(place, fetchedAt);
            if (studio.isPresent()) {
                studios.add(studio.get());
            } else {
                failures.add(Failure.of(Failure.Reason.UNEXPECTED_FORMAT, "place " + place.id() + " has no name"));
            }
        }
        context.log().info("google-places: {} studios in {} requests ({} permanently closed skipped, {} failures)",
                studios.size(), result.requests(), closed, failures.size());
        return new StudioDiscovery(List.copyOf(studios), result.requests(), List.copyOf(failures));
    }
}

package tad.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tad.samplecity.PlacesServer;
import tad.samplecity.Roster;

/**
 * A made-up city of any size over real HTTP on 127.0.0.1, generated deterministically from its {@link CityShape}:
 * the sample city's Places API look-alike serving a generated roster, one website per studio, and an Instagram
 * web API with its CDN.
 */
final class SyntheticCity implements AutoCloseable {
    static final String API_KEY = "bench-key";

    private final CityShape shape;
    private final StudioSites sites;
    private final SyntheticInstagram instagram;
    private final PlacesServer places;

    SyntheticCity(CityShape shape) {
        this.shape = shape;
        this.sites = new StudioSites(shape);
        this.instagram = new SyntheticInstagram(shape, SyntheticImages.generate(64, 20_261_125L));
        this.places = PlacesServer.start(roster(shape), API_KEY,
                key -> Optional.of(sites.website(Integer.parseInt(key.substring("studio-".length())))));
    }

    /** The environment a crawl of this city needs. */
    Map<String, String> crawlEnvironment() {
        return Map.of("TAD_PLACES_URL", places.baseUri().toString(),
                "TAD_INSTAGRAM_URL", instagram.api().baseUri().toString(),
                "TAD_GOOGLE_API_KEY", API_KEY,
                // the synthetic city serves the logged-out web API's pre-2026 shapes: it measures the pipeline
                "TAD_PROFILE_SOURCE", "instagram");
    }

    CityShape shape() {
        return shape;
    }

    /** What the city's servers have answered so far. */
    Traffic traffic() {
        return new Traffic(places.searchRequests(), sites.requests(), instagram.api().requests(),
                instagram.cdn().requests(), sites.firstRequestNanos(),
                Math.max(instagram.api().lastRequestNanos(), instagram.cdn().lastRequestNanos()));
    }

    /** Requests served so far, when the first studio site was asked, and when Instagram (API or CDN) last was. */
    record Traffic(long placesRequests, long siteRequests, long profileRequests, long imageRequests,
                   long firstSiteNanos, long lastInstagramNanos) {
        double profilePhaseSeconds() {
            return (lastInstagramNanos - firstSiteNanos) / 1e9;
        }
    }

    private static Roster roster(CityShape shape) {
        int columns = (int) Math.ceil(Math.sqrt(shape.studios()));
        double width = CityShape.BOX.east() - CityShape.BOX.west();
        double height = CityShape.BOX.north() - CityShape.BOX.south();
        List<Roster.Studio> studios = new ArrayList<>();
        for (int s = 0; s < shape.studios(); s++) {
            double lng = CityShape.BOX.west() + width * (s % columns + 0.5) / columns;
            double lat = CityShape.BOX.south() + height * (s / columns + 0.5) / columns;
            List<String> artists = new ArrayList<>();
            for (int slot = 0; slot < shape.artistsPerStudio(); slot++) {
                artists.add(CityShape.handle(shape.artist(s, slot)));
            }
            studios.add(new Roster.Studio("studio-" + s, "BENCH_STUDIO_" + s, StudioSites.studioName(s), lat, lng,
                    true, "plain", "synthetic", "benchstudio" + s, null, List.copyOf(artists)));
        }
        Roster.Box box = new Roster.Box(CityShape.BOX.west(), CityShape.BOX.south(), CityShape.BOX.east(),
                CityShape.BOX.north());
        return new Roster(CityShape.LABEL, "GB", box, List.copyOf(studios), List.of());
    }

    @Override
    public void close() {
        places.close();
        instagram.close();
        sites.close();
    }
}

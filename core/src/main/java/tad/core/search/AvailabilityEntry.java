package tad.core.search;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tad.core.geo.City;
import tad.core.geo.Gazetteer;
import tad.plugin.Availability;
import tad.plugin.GeoPoint;

/**
 * One availability statement as the index keeps and a result shows it: what the artist said, for which days and
 * where, and the last day it holds. Whether it still holds is decided against the day of the search
 * ({@link ArtistQuery#today()}), never against the day of the crawl.
 *
 * @param kind     {@code books-open}, {@code books-closed}, {@code flash} or {@code guest-spot}
 * @param from     first day it applies, or null
 * @param until    last day it applies, or null
 * @param place    a guest spot's place as written, or null
 * @param evidence the words it was read from (untrusted)
 * @param expires  the last day it holds
 * @param location where a guest spot's place is, when the gazetteer knows it, else null
 */
public record AvailabilityEntry(String kind, LocalDate from, LocalDate until, String place, String evidence,
                                LocalDate expires, GeoPoint location) {

    /** The kinds a search may filter on; "books-closed" is shown but is not something to look for. */
    public static final Set<String> FILTERABLE = Set.of("books-open", "flash", "guest-spot");

    public AvailabilityEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(expires, "expires");
    }

    public boolean activeOn(LocalDate day) {
        return !day.isAfter(expires);
    }

    /**
     * A stored statement as shown; a guest spot in a city the gazetteer knows is placed at the city's centre. When
     * the place read is no city the gazetteer knows (a studio's name: "Leeds guest spot 25-27 March at Ink
     * Factory") but the words name one, that city is the place.
     */
    public static AvailabilityEntry of(Availability a, Gazetteer gazetteer) {
        Optional<City> city = a.place().flatMap(gazetteer::find);
        String place = a.place().orElse(null);
        if (city.isEmpty() && a.place().isPresent()) {
            city = gazetteer.findIn(a.evidence());
            place = city.map(City::name).orElse(place);
        }
        GeoPoint where = city.map(City::bounds)
                .map(b -> new GeoPoint((b.south() + b.north()) / 2, (b.west() + b.east()) / 2)).orElse(null);
        return new AvailabilityEntry(a.kind().slug(), a.from().orElse(null), a.until().orElse(null),
                place, a.evidence(), a.expires(), where);
    }
}

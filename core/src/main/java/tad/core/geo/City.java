package tad.core.geo;

import java.util.List;
import tad.plugin.BoundingBox;
import tad.plugin.SearchArea;

/**
 * A city the crawler knows by name.
 *
 * @param name    its usual English name ("Kingston upon Hull")
 * @param country ISO 3166-1 alpha-2 code ("GB")
 * @param aliases other names people type for it ("Hull")
 * @param bounds  a box that covers it completely
 */
public record City(String name, String country, List<String> aliases, BoundingBox bounds) {

    public City {
        aliases = List.copyOf(aliases);
    }

    public City(String name, String country, BoundingBox bounds) {
        this(name, country, List.of(), bounds);
    }

    public SearchArea toArea() {
        return new SearchArea(name, country, bounds);
    }
}

package tad.plugins.studiowebsite;

import java.util.regex.Pattern;

/**
 * The studio's name as the engine knows it, and its city: a handle spells the studio's name when it matches the
 * name, or the name without its city ("Friends Tattoo Langenfeld" is {@code friends.tattoo}; Google's names often
 * carry the town, accounts seldom do).
 *
 * @param name the studio's name (JSON-LD name when the site has one, else the engine's)
 * @param city the city the studio was found in, or empty
 */
record StudioName(String name, String city) {

    StudioName {
        name = name == null ? "" : name;
        city = city == null ? "" : city;
    }

    boolean spelledBy(String handle) {
        return StudioNames.handleMatches(handle, name) || !city.isBlank()
                && StudioNames.handleMatches(handle, withoutCity());
    }

    /** The name with the city's words taken out ("Friends Tattoo Langenfeld" → "Friends Tattoo"). */
    private String withoutCity() {
        return Pattern.compile("\\b" + Pattern.quote(city.strip()) + "\\b", Pattern.CASE_INSENSITIVE)
                .matcher(name).replaceAll(" ").strip();
    }
}

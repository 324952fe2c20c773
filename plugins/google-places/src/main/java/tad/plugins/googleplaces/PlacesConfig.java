package tad.plugins.googleplaces;

import java.net.URI;
import tad.plugin.ConfigSection;
import tad.plugin.Failure;
import tad.plugin.SourceException;

/**
 * The plugin's settings, read once per crawl from its config section.
 *
 * @param apiKey              the Places API key (the host maps TAD_GOOGLE_API_KEY to {@code api-key})
 * @param baseUrl             where the API lives (the host maps TAD_PLACES_URL to {@code base-url})
 * @param textQuery           the Text Search query
 * @param includedType        the place type to ask for; blank for none
 * @param strictTypeFiltering whether Google may only return places of exactly {@code includedType}
 * @param minTileDegrees      tiles are not split below this width or height
 * @param maxRequests         a safety cap on requests per area, so a misconfiguration cannot burn the quota
 */
public record PlacesConfig(String apiKey, URI baseUrl, String textQuery, String includedType,
                           boolean strictTypeFiltering, double minTileDegrees, int maxRequests) {

    public static final String DEFAULT_BASE_URL = "https://places.googleapis.com";
    public static final String DEFAULT_TEXT_QUERY = "tattoo studio";
    public static final String DEFAULT_INCLUDED_TYPE = "body_art_service";
    /** About 550 m north-south: a tile this small still holding 60 tattoo studios is not a real-world case. */
    public static final double DEFAULT_MIN_TILE_DEGREES = 0.005;
    public static final int DEFAULT_MAX_REQUESTS = 2000;

    public PlacesConfig {
        if (!(minTileDegrees > 0)) {
            throw new IllegalArgumentException("min-tile-degrees must be greater than 0");
        }
        if (maxRequests < 1) {
            throw new IllegalArgumentException("max-requests must be at least 1");
        }
    }

    /** Reads the section; a missing key is fatal because no request could succeed without one. */
    public static PlacesConfig from(ConfigSection config) throws SourceException {
        String key = config.string("api-key").map(String::strip).orElse("");
        if (key.isEmpty()) {
            throw new SourceException(Failure.of(Failure.Reason.HTTP_ERROR,
                    "google-places: no API key; set TAD_GOOGLE_API_KEY"), true);
        }
        String base = config.string("base-url", DEFAULT_BASE_URL).strip();
        URI baseUrl;
        try {
            baseUrl = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        } catch (IllegalArgumentException e) {
            throw new SourceException(Failure.of(Failure.Reason.HTTP_ERROR,
                    "google-places: base-url '" + base + "' is not a URL"), true, e);
        }
        if (baseUrl.getScheme() == null || baseUrl.getHost() == null) {
            throw new SourceException(Failure.of(Failure.Reason.HTTP_ERROR,
                    "google-places: base-url '" + base + "' needs a scheme and host, e.g. http://127.0.0.1:8080"),
                    true);
        }
        try {
            return new PlacesConfig(key, baseUrl,
                    config.string("text-query", DEFAULT_TEXT_QUERY).strip(),
                    includedType(config),
                    config.bool("strict-type-filtering", false),
                    config.decimal("min-tile-degrees", DEFAULT_MIN_TILE_DEGREES),
                    config.integer("max-requests", DEFAULT_MAX_REQUESTS));
        } catch (IllegalArgumentException e) {
            throw new SourceException(Failure.of(Failure.Reason.HTTP_ERROR, "google-places: " + e.getMessage()),
                    true, e);
        }
    }

    /**
     * The place type, or none when set to {@code none}: the host reads a blank value as unset (so the default
     * applies), which cannot say "no type".
     */
    private static String includedType(ConfigSection config) {
        String type = config.string("included-type", DEFAULT_INCLUDED_TYPE).strip();
        return type.equalsIgnoreCase("none") ? "" : type;
    }

    public URI searchTextUri() {
        return URI.create(baseUrl + "/v1/places:searchText");
    }

    /** Never print the key. */
    @Override
    public String toString() {
        return "PlacesConfig[baseUrl=" + baseUrl + ", textQuery=" + textQuery + ", includedType=" + includedType
                + ", strictTypeFiltering=" + strictTypeFiltering + ", minTileDegrees=" + minTileDegrees
                + ", maxRequests=" + maxRequests + "]";
    }
}

package tad.plugins.googleplaces;

import com.fasterxml.jackson.annotation.JsonInclude;
import tad.plugin.BoundingBox;

/**
 * The JSON body of {@code POST /v1/places:searchText} (Places API (New)). Text Search accepts only a rectangle as
 * a location restriction, which is what tiling needs: a place outside the tile is never returned.
 *
 * @param pageToken the previous page's {@code nextPageToken}; Google requires every other field to be unchanged
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchTextRequest(String textQuery, String includedType, Boolean strictTypeFiltering, int pageSize,
                                String pageToken, LocationRestriction locationRestriction) {

    /** Text Search returns at most 20 places per page. */
    public static final int PAGE_SIZE = 20;

    public record LocationRestriction(Rectangle rectangle) {
    }

    public record Rectangle(LatLng low, LatLng high) {
    }

    public record LatLng(double latitude, double longitude) {
    }

    public static SearchTextRequest firstPage(PlacesConfig config, BoundingBox tile) {
        String type = config.includedType().isEmpty() ? null : config.includedType();
        Boolean strict = type != null && config.strictTypeFiltering() ? Boolean.TRUE : null;
        return new SearchTextRequest(config.textQuery(), type, strict, PAGE_SIZE, null,
                new LocationRestriction(new Rectangle(
                        new LatLng(tile.south(), tile.west()), new LatLng(tile.north(), tile.east()))));
    }

    public SearchTextRequest nextPage(String token) {
        return new SearchTextRequest(textQuery, includedType, strictTypeFiltering, pageSize, token,
                locationRestriction);
    }
}

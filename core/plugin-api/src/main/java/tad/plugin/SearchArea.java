package tad.plugin;

/**
 * The area a crawl covers: a named city from the gazetteer or an operator-given box.
 *
 * @param city    display name of the city ("Leeds"), or a label for an ad-hoc box
 * @param country ISO 3166-1 alpha-2 country code ("GB")
 * @param bounds  the rectangle to cover completely
 */
public record SearchArea(String city, String country, BoundingBox bounds) {
}

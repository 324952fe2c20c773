package tad.core.store;

/** One row of the style-location index: an artist who has a style, where. */
public record StyleListing(String style, String country, String city, String artistId, String name) {
}

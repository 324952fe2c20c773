package tad.search.lucene;

/** Field names of the Lucene index that are not text fields (those come from {@code Relevance.TextField}). */
final class LuceneFields {
    static final String ARTIST_ID = "artistId";
    static final String STYLES = "styles";
    static final String CITY = "city";
    static final String COUNTRY = "country";
    static final String LOCATION = "location";
    static final String UPDATED_AT = "updatedAt";

    // stored only: what a result item shows
    static final String SHOW_NAME = "show.name";
    static final String SHOW_HANDLE = "show.handle";
    static final String SHOW_STYLE = "show.style";
    static final String SHOW_THUMBNAIL = "show.thumbnail";
    static final String SHOW_STUDIO_NAME = "show.studioName";
    static final String SHOW_STUDIO_CITY = "show.studioCity";
    static final String SHOW_STUDIO_LAT = "show.studioLat";
    static final String SHOW_STUDIO_LNG = "show.studioLng";
    static final String SHOW_AVAILABILITY = "show.availability";

    private LuceneFields() {}
}

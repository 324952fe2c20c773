package tad.search.lucene;

/** Field names of the Lucene index that are not text fields (those come from {@code Relevance.TextField}). */
final class LuceneFields {
    static final String ARTIST_ID = "artistId";
    static final String STYLES = "styles";
    static final String CITY = "city";
    static final String COUNTRY = "country";
    static final String LOCATION = "location";
    static final String UPDATED_AT = "updatedAt";

    /** Binary doc value: what a result item shows ({@link LuceneHits}). */
    static final String SHOW = "show";

    private LuceneFields() {}
}

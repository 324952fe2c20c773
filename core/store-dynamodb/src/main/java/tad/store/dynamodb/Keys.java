package tad.store.dynamodb;

/** Attribute names and key prefixes of the single-table design (docs/data-model.md). */
final class Keys {
    static final String PK = "PK";
    static final String SK = "SK";
    static final String GSI1 = "style-location-index";
    static final String GSI1_PK = "gsi1pk";
    static final String GSI1_SK = "gsi1sk";
    /** Artists and studios by the city of the crawl that found them: stale marking and retention read one city. */
    static final String GSI2 = "city-index";
    static final String GSI2_PK = "gsi2pk";
    static final String GSI2_SK = "gsi2sk";
    static final String CITY = "CITY#";
    static final String ENTITY = "entityType";

    static final String ARTIST = "ARTIST#";
    static final String PROFILE = "PROFILE#";
    static final String IMAGE = "IMAGE#";
    static final String STYLE = "STYLE#";
    static final String LOCATION = "LOCATION#";
    static final String STUDIO = "STUDIO#";
    static final String METADATA = "METADATA";
    static final String ROSTER = "ROSTER#";
    static final String DENYLIST_PARTITION = "DENYLIST";
    static final String HASH = "HASH#";
    static final String CRAWLS_PARTITION = "CRAWLS";
    static final String RUN = "RUN#";
    static final String PROGRESS = "PROGRESS#";
    static final String DONE = "DONE#";

    private Keys() {
    }

    static String artistPk(String artistId) {
        return ARTIST + artistId;
    }

    static String artistProfileSk(String artistId) {
        return PROFILE + artistId;
    }

    static String studioPk(String studioId) {
        return STUDIO + studioId;
    }

    /** The city-index partition of a country and city: {@code CITY#GB#LEEDS}. */
    static String cityKey(String country, String city) {
        return CITY + locationSegment(country) + "#" + locationSegment(city);
    }

    /** Upper-cased, '#'-free location segment, so sort keys of one city group together. */
    static String locationSegment(String value) {
        return value.strip().toUpperCase(java.util.Locale.ROOT).replace('#', ' ');
    }
}

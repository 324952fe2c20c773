package tad.search.lucene;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import tad.core.search.ArtistDocument;

/**
 * Availability in the Lucene index: per kind, the last day any statement of that kind holds (epoch day), as doc
 * values that {@link SegmentAvailability} turns into the filter's and the facets' bitsets for the day of the search,
 * so nothing expires only when the index is rebuilt. The statements themselves travel in the result item
 * ({@link LuceneHits}).
 */
final class LuceneAvailability {
    private static final String PREFIX = "availability.";

    private LuceneAvailability() {}

    static String field(String kind) {
        return PREFIX + kind;
    }

    static void index(Document doc, ArtistDocument artist) {
        artist.availabilityExpiry().forEach((kind, expires) ->
                doc.add(new NumericDocValuesField(field(kind), expires.toEpochDay())));
    }
}

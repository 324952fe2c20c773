package tad.search.lucene;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import tad.core.search.ArtistDocument;
import tad.core.search.ArtistQuery;
import tad.core.search.AvailabilityJson;

/**
 * Availability in the Lucene index: per kind, the last day any statement of that kind holds (epoch day), as a point
 * for the filter and as doc values for the facet counts; the statements themselves stored for display. The day of
 * the search is compared with them at query time, so nothing expires only when the index is rebuilt.
 */
final class LuceneAvailability {
    private static final String PREFIX = "availability.";

    private LuceneAvailability() {}

    static String field(String kind) {
        return PREFIX + kind;
    }

    static void index(Document doc, ArtistDocument artist) {
        artist.availabilityExpiry().forEach((kind, expires) -> {
            doc.add(new LongPoint(field(kind), expires.toEpochDay()));
            doc.add(new NumericDocValuesField(field(kind), expires.toEpochDay()));
        });
        if (!artist.availability().isEmpty()) {
            doc.add(new StoredField(LuceneFields.SHOW_AVAILABILITY, AvailabilityJson.write(artist.availability())));
        }
    }

    /** Artists with a statement of any of the query's kinds holding on its day, or null when none is asked for. */
    static Query filter(ArtistQuery query) {
        if (query.availability().isEmpty()) {
            return null;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String kind : query.availability()) {
            any.add(LongPoint.newRangeQuery(field(kind), query.today().toEpochDay(), Long.MAX_VALUE), Occur.SHOULD);
        }
        return any.build();
    }
}

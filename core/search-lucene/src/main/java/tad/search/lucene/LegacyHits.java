package tad.search.lucene;

import java.util.Arrays;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import tad.core.search.ArtistHit;
import tad.core.search.AvailabilityJson;
import tad.core.search.StudioSummary;

/**
 * Result items of documents indexed before the item moved into a binary doc value (December 2026): those kept it in
 * stored fields. An index written by an older tad keeps answering, more slowly, until its artists are indexed again
 * (each sync of an artist rewrites their document; {@code tad index rebuild} rewrites all).
 */
final class LegacyHits {
    private LegacyHits() {}

    static ArtistHit stored(Document doc) {
        StudioSummary studio = null;
        if (doc.get("show.studioName") != null || doc.get("show.studioCity") != null
                || doc.getField("show.studioLat") != null) {
            studio = new StudioSummary(doc.get("show.studioName"), doc.get("show.studioCity"),
                    number(doc.getField("show.studioLat")), number(doc.getField("show.studioLng")));
        }
        return new ArtistHit(doc.get(LuceneFields.ARTIST_ID), doc.get("show.name"), doc.get("show.handle"),
                Arrays.asList(doc.getValues("show.style")), studio, doc.get("show.thumbnail"),
                AvailabilityJson.read(doc.get("show.availability")));
    }

    private static Double number(IndexableField field) {
        return field == null ? null : field.numericValue().doubleValue();
    }
}

package tad.search.lucene;

import static tad.search.lucene.LuceneFields.*;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import tad.core.search.ArtistDocument;
import tad.core.search.Relevance;
import tad.core.search.SearchText;

/** Maps an artist to a Lucene document. */
final class LuceneDocuments {
    private LuceneDocuments() {}

    static Document toLucene(ArtistDocument artist) {
        Document doc = new Document();
        doc.add(new StringField(ARTIST_ID, artist.artistId(), Field.Store.YES));
        doc.add(new SortedDocValuesField(ARTIST_ID, new BytesRef(artist.artistId()))); // the tie-break sort
        for (Relevance.TextField field : Relevance.TextField.values()) {
            doc.add(new TextField(field.field, field.textOf(artist), Field.Store.NO));
        }
        doc.add(new TextField(Relevance.ALL_TEXT, Relevance.allTextOf(artist), Field.Store.NO));
        for (String style : artist.styles()) {
            doc.add(new SortedSetDocValuesField(STYLES, new BytesRef(style))); // filter and facets (SegmentKeywords)
        }
        if (artist.city() != null) {
            doc.add(new StringField(CITY, SearchText.cityKey(artist.city()), Field.Store.NO));
        }
        if (artist.country() != null) {
            doc.add(new StringField(COUNTRY, artist.country(), Field.Store.NO));
        }
        if (artist.location() != null) {
            doc.add(new LatLonPoint(LOCATION, artist.location().lat(), artist.location().lng()));
            doc.add(new LatLonDocValuesField(LOCATION, artist.location().lat(), artist.location().lng()));
        }
        doc.add(new NumericDocValuesField(UPDATED_AT, artist.updatedAt().toEpochMilli()));
        LuceneAvailability.index(doc, artist);
        doc.add(new BinaryDocValuesField(SHOW, LuceneHits.encode(artist.toHit())));
        return doc;
    }
}

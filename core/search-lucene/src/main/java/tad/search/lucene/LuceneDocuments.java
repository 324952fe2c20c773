package tad.search.lucene;

import static tad.search.lucene.LuceneFields.*;

import java.util.Arrays;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import tad.core.search.ArtistDocument;
import tad.core.search.ArtistHit;
import tad.core.search.AvailabilityJson;
import tad.core.search.Relevance;
import tad.core.search.SearchText;
import tad.core.search.StudioSummary;

/** Maps an artist to a Lucene document and a stored document back to a result item. */
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
            doc.add(new StringField(STYLES, style, Field.Store.NO));
            doc.add(new SortedSetDocValuesField(STYLES, new BytesRef(style))); // facet counting
            doc.add(new StoredField(SHOW_STYLE, style));
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
        storeForDisplay(doc, artist);
        return doc;
    }

    private static void storeForDisplay(Document doc, ArtistDocument artist) {
        doc.add(new StoredField(SHOW_NAME, artist.name()));
        storeIfPresent(doc, SHOW_HANDLE, artist.instagramHandle());
        storeIfPresent(doc, SHOW_THUMBNAIL, artist.thumbnailUrl());
        StudioSummary studio = artist.studio();
        if (studio != null) {
            storeIfPresent(doc, SHOW_STUDIO_NAME, studio.name());
            storeIfPresent(doc, SHOW_STUDIO_CITY, studio.city());
            if (studio.lat() != null) {
                doc.add(new StoredField(SHOW_STUDIO_LAT, studio.lat()));
                doc.add(new StoredField(SHOW_STUDIO_LNG, studio.lng()));
            }
        }
    }

    private static void storeIfPresent(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StoredField(field, value));
        }
    }

    static ArtistHit toHit(Document doc) {
        StudioSummary studio = null;
        if (doc.get(SHOW_STUDIO_NAME) != null || doc.get(SHOW_STUDIO_CITY) != null || doc.getField(SHOW_STUDIO_LAT) != null) {
            studio = new StudioSummary(doc.get(SHOW_STUDIO_NAME), doc.get(SHOW_STUDIO_CITY),
                    number(doc.getField(SHOW_STUDIO_LAT)), number(doc.getField(SHOW_STUDIO_LNG)));
        }
        return new ArtistHit(doc.get(ARTIST_ID), doc.get(SHOW_NAME), doc.get(SHOW_HANDLE),
                Arrays.asList(doc.getValues(SHOW_STYLE)), studio, doc.get(SHOW_THUMBNAIL),
                AvailabilityJson.read(doc.get(SHOW_AVAILABILITY)));
    }

    private static Double number(IndexableField field) {
        return field == null ? null : field.numericValue().doubleValue();
    }
}

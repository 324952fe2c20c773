package tad.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;
import tad.core.search.ArtistHit;
import tad.core.search.AvailabilityEntry;
import tad.core.search.AvailabilityJson;
import tad.core.search.StudioSummary;

/**
 * What a result item shows, kept as one binary doc value per artist ({@link LuceneFields#SHOW}): a page of hits is
 * read by doc id straight from the doc values, with none of the block decompression a stored document costs (a map
 * page loads 100 of them). Availability statements, rare and nested, ride along as their JSON
 * ({@link AvailabilityJson}).
 */
final class LuceneHits {
    private static final int HANDLE = 1;
    private static final int THUMBNAIL = 1 << 1;
    private static final int STUDIO = 1 << 2;
    private static final int STUDIO_NAME = 1 << 3;
    private static final int STUDIO_CITY = 1 << 4;
    private static final int STUDIO_PLACE = 1 << 5;
    private static final int AVAILABILITY = 1 << 6;

    private LuceneHits() {}

    static BytesRef encode(ArtistHit hit) {
        StudioSummary studio = hit.studio();
        int flags = (hit.instagramHandle() != null ? HANDLE : 0) | (hit.thumbnailUrl() != null ? THUMBNAIL : 0)
                | (hit.availability().isEmpty() ? 0 : AVAILABILITY);
        if (studio != null) {
            flags |= STUDIO | (studio.name() != null ? STUDIO_NAME : 0) | (studio.city() != null ? STUDIO_CITY : 0)
                    | (studio.lat() != null ? STUDIO_PLACE : 0);
        }
        try {
            return new BytesRef(write(hit, flags));
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
    }

    private static byte[] write(ArtistHit hit, int flags) throws IOException {
        StudioSummary studio = hit.studio();
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        out.writeByte((byte) flags);
        out.writeString(hit.id());
        out.writeString(hit.name());
        if (hit.instagramHandle() != null) {
            out.writeString(hit.instagramHandle());
        }
        if (hit.thumbnailUrl() != null) {
            out.writeString(hit.thumbnailUrl());
        }
        out.writeVInt(hit.styles().size());
        hit.styles().forEach(out::writeString);
        if (studio != null) {
            if (studio.name() != null) {
                out.writeString(studio.name());
            }
            if (studio.city() != null) {
                out.writeString(studio.city());
            }
            if (studio.lat() != null) {
                out.writeLong(Double.doubleToLongBits(studio.lat()));
                out.writeLong(Double.doubleToLongBits(studio.lng()));
            }
        }
        if (!hit.availability().isEmpty()) {
            out.writeString(AvailabilityJson.write(hit.availability()));
        }
        return out.toArrayCopy();
    }

    /** The items of {@code docs} from {@code from} on, in order. */
    static List<ArtistHit> page(IndexSearcher searcher, ScoreDoc[] docs, int from) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<ArtistHit> items = new ArrayList<>(Math.max(0, docs.length - from));
        for (int i = from; i < docs.length; i++) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[i].doc, leaves));
            // doc values iterate forwards only: a fresh one per hit, since hits come in rank order, not doc order
            BinaryDocValues shown = DocValues.getBinary(leaf.reader(), LuceneFields.SHOW);
            items.add(shown.advanceExact(docs[i].doc - leaf.docBase) ? decode(shown.binaryValue())
                    : LegacyHits.stored(searcher.storedFields().document(docs[i].doc)));
        }
        return items;
    }

    static ArtistHit decode(BytesRef bytes) throws IOException {
        ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
        int flags = in.readByte();
        String id = in.readString();
        String name = in.readString();
        String handle = (flags & HANDLE) != 0 ? in.readString() : null;
        String thumbnail = (flags & THUMBNAIL) != 0 ? in.readString() : null;
        int styleCount = in.readVInt();
        List<String> styles = new ArrayList<>(styleCount);
        for (int i = 0; i < styleCount; i++) {
            styles.add(in.readString());
        }
        StudioSummary studio = null;
        if ((flags & STUDIO) != 0) {
            String studioName = (flags & STUDIO_NAME) != 0 ? in.readString() : null;
            String city = (flags & STUDIO_CITY) != 0 ? in.readString() : null;
            Double lat = null;
            Double lng = null;
            if ((flags & STUDIO_PLACE) != 0) {
                lat = Double.longBitsToDouble(in.readLong());
                lng = Double.longBitsToDouble(in.readLong());
            }
            studio = new StudioSummary(studioName, city, lat, lng);
        }
        List<AvailabilityEntry> availability = (flags & AVAILABILITY) != 0 ? AvailabilityJson.read(in.readString())
                : List.of();
        return new ArtistHit(id, name, handle, styles, studio, thumbnail, availability);
    }
}

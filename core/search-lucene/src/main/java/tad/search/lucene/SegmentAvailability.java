package tad.search.lucene;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.util.FixedBitSet;
import tad.core.search.AvailabilityEntry;

/**
 * Availability of one segment on one day, as a facet: per filterable kind, the documents with a statement of it that
 * still holds that day (its last day, {@link LuceneAvailability#field}, is the day or later). Built from the doc
 * values when a search of that day first sees the segment and kept for that segment and day; the next day's first
 * search builds it again.
 */
final class SegmentAvailability implements SegmentFacet {
    private static final List<String> KINDS = AvailabilityEntry.FILTERABLE.stream().sorted().toList();
    private static final Map<IndexReader.CacheKey, SegmentAvailability> CACHE = new ConcurrentHashMap<>();

    private final long day;
    private final FixedBitSet[] docs;

    private SegmentAvailability(long day, FixedBitSet[] docs) {
        this.day = day;
        this.docs = docs;
    }

    static SegmentFacet.Loader on(LocalDate day) {
        return segment -> of(segment, day.toEpochDay());
    }

    private static SegmentAvailability of(LeafReader segment, long day) throws IOException {
        IndexReader.CacheHelper helper = segment.getCoreCacheHelper();
        if (helper == null) {
            return load(segment, day);
        }
        SegmentAvailability cached = CACHE.get(helper.getKey());
        if (cached == null || cached.day != day) {
            SegmentAvailability loaded = load(segment, day);
            if (CACHE.put(helper.getKey(), loaded) == null) {
                helper.addClosedListener(CACHE::remove);
            }
            return loaded;
        }
        return cached;
    }

    private static SegmentAvailability load(LeafReader segment, long day) throws IOException {
        FixedBitSet[] docs = new FixedBitSet[KINDS.size()];
        for (int k = 0; k < docs.length; k++) {
            docs[k] = new FixedBitSet(segment.maxDoc());
            NumericDocValues lastDay = DocValues.getNumeric(segment, LuceneAvailability.field(KINDS.get(k)));
            for (int doc = lastDay.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = lastDay.nextDoc()) {
                if (lastDay.longValue() >= day) {
                    docs[k].set(doc);
                }
            }
        }
        return new SegmentAvailability(day, docs);
    }

    @Override
    public int valueCount() {
        return KINDS.size();
    }

    @Override
    public String value(int ord) {
        return KINDS.get(ord);
    }

    @Override
    public FixedBitSet docs(int ord) {
        return docs[ord];
    }

    @Override
    public int ordinal(String value) {
        return KINDS.indexOf(value);
    }
}

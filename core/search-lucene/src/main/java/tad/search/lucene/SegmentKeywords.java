package tad.search.lucene;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.FixedBitSet;

/**
 * The values of a multi-valued keyword field (styles) in one segment, as one bitset of documents per value, built
 * once from the doc values. The keyword filters test a bit per document, and a facet count is the size of the
 * intersection of two bitsets (a popcount over the segment's words, whatever the number of results), instead of a
 * doc values lookup per result.
 *
 * <p>Kept per segment core, so it lives exactly as long as the segment's files: a reopen reuses the bitsets of every
 * segment it shares with the previous searcher (deletions do not change them; searches skip deleted documents), and a
 * segment merged away drops them. Meant for small vocabularies: one bit per document and value, about 12.5 KB per
 * value per 100,000 documents; a field with more than {@value #MAX_VALUES} values in a segment is refused.
 */
final class SegmentKeywords implements SegmentFacet {
    static final int MAX_VALUES = 1_024;
    private static final Map<Key, SegmentKeywords> CACHE = new ConcurrentHashMap<>();

    private final FixedBitSet[] docs;
    private final String[] values;
    private final Map<String, Integer> ordinals;

    private SegmentKeywords(FixedBitSet[] docs, String[] values) {
        this.docs = docs;
        this.values = values;
        this.ordinals = new HashMap<>(values.length * 2);
        for (int ord = 0; ord < values.length; ord++) {
            ordinals.put(values[ord], ord);
        }
    }

    private record Key(IndexReader.CacheKey segment, String field) {}

    /** The field's values in {@code reader}, a segment's reader. */
    static SegmentKeywords of(LeafReader reader, String field) throws IOException {
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null) { // not a plain segment (never the case for an IndexWriter's readers): no caching
            return load(reader, field);
        }
        Key key = new Key(helper.getKey(), field);
        SegmentKeywords cached = CACHE.get(key);
        if (cached == null) {
            cached = load(reader, field);
            if (CACHE.putIfAbsent(key, cached) == null) {
                helper.addClosedListener(closed -> CACHE.keySet().removeIf(k -> k.segment() == closed));
            }
        }
        return cached;
    }

    private static SegmentKeywords load(LeafReader reader, String field) throws IOException {
        SortedSetDocValues docValues = DocValues.getSortedSet(reader, field);
        long valueCount = docValues.getValueCount();
        if (valueCount > MAX_VALUES) {
            throw new IllegalStateException(field + " has " + valueCount + " values in one segment; the keyword "
                    + "filters are built for small vocabularies (at most " + MAX_VALUES + ")");
        }
        String[] values = new String[(int) valueCount];
        FixedBitSet[] docs = new FixedBitSet[values.length];
        for (int ord = 0; ord < values.length; ord++) {
            values[ord] = docValues.lookupOrd(ord).utf8ToString();
            docs[ord] = new FixedBitSet(reader.maxDoc());
        }
        for (int doc = docValues.nextDoc(); doc != SortedSetDocValues.NO_MORE_DOCS; doc = docValues.nextDoc()) {
            for (int i = docValues.docValueCount(); i > 0; i--) {
                docs[(int) docValues.nextOrd()].set(doc);
            }
        }
        return new SegmentKeywords(docs, values);
    }

    @Override
    public int valueCount() {
        return values.length;
    }

    @Override
    public String value(int ord) {
        return values[ord];
    }

    @Override
    public FixedBitSet docs(int ord) {
        return docs[ord];
    }

    @Override
    public int ordinal(String value) {
        return ordinals.getOrDefault(value, -1);
    }
}

package tad.search.lucene;

import java.io.IOException;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.util.FixedBitSet;

/**
 * A facet field of one segment as bitsets: for each of its values, the documents that have it. What
 * {@link ResultCollector} filters and counts with; styles ({@link SegmentKeywords}) and availability on a day
 * ({@link SegmentAvailability}) are the two.
 */
interface SegmentFacet {
    int valueCount();

    String value(int ord);

    /** The documents that have the value of ordinal {@code ord}; read only. */
    FixedBitSet docs(int ord);

    /** The ordinal of {@code value} in this segment, or -1 when no document here has it. */
    int ordinal(String value);

    /** How a facet field is read from a segment. */
    @FunctionalInterface
    interface Loader {
        SegmentFacet load(LeafReader segment) throws IOException;
    }
}

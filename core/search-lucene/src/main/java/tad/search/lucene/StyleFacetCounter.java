package tad.search.lucene;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts style values over the matching documents, from the styles doc values. Counting per segment by ordinal and
 * turning ordinals into slugs once per segment keeps the per-hit work to an array increment.
 */
final class StyleFacetCounter implements CollectorManager<StyleFacetCounter.Counter, Map<String, Long>> {

    @Override
    public Counter newCollector() {
        return new Counter();
    }

    @Override
    public Map<String, Long> reduce(Collection<Counter> counters) {
        Map<String, Long> total = new HashMap<>();
        counters.forEach(c -> c.counts.forEach((slug, n) -> total.merge(slug, n, Long::sum)));
        return total;
    }

    static final class Counter implements Collector {
        private final Map<String, Long> counts = new HashMap<>();

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            SortedSetDocValues styles = DocValues.getSortedSet(context.reader(), LuceneFields.STYLES);
            long[] byOrdinal = new long[(int) styles.getValueCount()];
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                    // counts need no scores
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (styles.advanceExact(doc)) {
                        for (int i = styles.docValueCount(); i > 0; i--) {
                            byOrdinal[(int) styles.nextOrd()]++;
                        }
                    }
                }

                @Override
                public void finish() throws IOException {
                    for (int ord = 0; ord < byOrdinal.length; ord++) {
                        if (byOrdinal[ord] > 0) {
                            counts.merge(styles.lookupOrd(ord).utf8ToString(), byOrdinal[ord], Long::sum);
                        }
                    }
                }
            };
        }
    }
}

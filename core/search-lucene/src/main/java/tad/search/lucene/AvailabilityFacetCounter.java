package tad.search.lucene;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import tad.core.search.AvailabilityEntry;

/** Counts, per filterable availability kind, the matching artists with a statement of it holding on a given day. */
final class AvailabilityFacetCounter implements CollectorManager<AvailabilityFacetCounter.Counter, Map<String, Long>> {
    private final long today;

    AvailabilityFacetCounter(LocalDate today) {
        this.today = today.toEpochDay();
    }

    @Override
    public Counter newCollector() {
        return new Counter(today);
    }

    @Override
    public Map<String, Long> reduce(Collection<Counter> counters) {
        Map<String, Long> total = new HashMap<>();
        counters.forEach(c -> c.counts.forEach((kind, n) -> total.merge(kind, n, Long::sum)));
        return total;
    }

    static final class Counter implements Collector {
        private final long today;
        private final Map<String, Long> counts = new HashMap<>();

        Counter(long today) {
            this.today = today;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            Map<String, NumericDocValues> expiries = new HashMap<>();
            for (String kind : AvailabilityEntry.FILTERABLE) {
                expiries.put(kind, DocValues.getNumeric(context.reader(), LuceneAvailability.field(kind)));
            }
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                    // counts need no scores
                }

                @Override
                public void collect(int doc) throws IOException {
                    for (Map.Entry<String, NumericDocValues> kind : expiries.entrySet()) {
                        if (kind.getValue().advanceExact(doc) && kind.getValue().longValue() >= today) {
                            counts.merge(kind.getKey(), 1L, Long::sum);
                        }
                    }
                }
            };
        }
    }
}

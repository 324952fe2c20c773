package tad.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.FixedBitSet;

/**
 * One pass over the documents that match the text and place filters: applies the facet filters (styles,
 * availability), hands the documents that pass them, scored, to the top-N collector, and counts each facet over every
 * other filter. Before, a search with styles ran twice (results, then facets without the style filter) and read the
 * styles' doc values for every hit; here a hit costs a bit set and a bit test per selected value, and the facets are
 * bitset intersections per segment ({@link SegmentFacet}).
 */
final class ResultCollector implements CollectorManager<ResultCollector.PerSlice, ResultCollector.Result> {
    private final TopFieldCollectorManager top;
    private final List<FacetFilter> filters;
    private final boolean textScores;

    /** The page's documents (with the total count of results) and each facet's counts, by facet name. */
    record Result(TopFieldDocs top, Map<String, Map<String, Long>> facets) {}

    /**
     * @param window how many top documents to keep (offset + page size)
     * @param textScores whether the matching query's own score counts (text queries sorted by relevance)
     */
    ResultCollector(Sort sort, int window, List<FacetFilter> filters, boolean textScores) {
        // Integer.MAX_VALUE: count every result exactly, the API shows the total
        this.top = new TopFieldCollectorManager(sort, window, null, Integer.MAX_VALUE);
        this.filters = List.copyOf(filters);
        this.textScores = textScores;
    }

    @Override
    public PerSlice newCollector() throws IOException {
        return new PerSlice(top.newCollector());
    }

    @Override
    public Result reduce(Collection<PerSlice> slices) throws IOException {
        List<TopFieldCollector> tops = new ArrayList<>();
        Map<String, Map<String, Long>> facets = new HashMap<>();
        for (FacetFilter filter : filters) {
            facets.put(filter.name(), new HashMap<>());
        }
        for (PerSlice slice : slices) {
            tops.add(slice.top);
            slice.counts.forEach((field, counts) ->
                    counts.forEach((value, n) -> facets.get(field).merge(value, n, Long::sum)));
        }
        return new Result(top.reduce(tops), facets);
    }

    final class PerSlice implements Collector {
        private final TopFieldCollector top;
        private final Map<String, Map<String, Long>> counts = new HashMap<>();

        PerSlice(TopFieldCollector top) {
            this.top = top;
        }

        @Override
        public ScoreMode scoreMode() {
            return textScores ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            return new Leaf(context, top.getLeafCollector(context));
        }

        /**
         * One segment: remembers the documents that match the text and place query in a bitset, passes those that
         * also pass the facet filters on to the top-N collector, and counts the facets when the segment is done.
         */
        private final class Leaf implements LeafCollector {
            private final LeafCollector top;
            private final FixedBitSet matching;
            private final SegmentFacet[] facets = new SegmentFacet[filters.size()];
            /** Per filter, the documents of each selected value present here; null when the filter selects nothing. */
            private final FixedBitSet[][] selected = new FixedBitSet[filters.size()][];
            private final BoostedScore score = new BoostedScore();

            Leaf(LeafReaderContext context, LeafCollector top) throws IOException {
                this.top = top;
                this.matching = new FixedBitSet(context.reader().maxDoc());
                for (int f = 0; f < facets.length; f++) {
                    FacetFilter filter = filters.get(f);
                    facets[f] = filter.values().load(context.reader());
                    if (!filter.selected().isEmpty()) {
                        List<FixedBitSet> present = new ArrayList<>();
                        for (String value : filter.selected()) {
                            int ord = facets[f].ordinal(value);
                            if (ord >= 0) {
                                present.add(facets[f].docs(ord));
                            }
                        }
                        selected[f] = present.toArray(FixedBitSet[]::new);
                    }
                }
            }

            @Override
            public void setScorer(Scorable scorer) throws IOException {
                score.text = textScores ? scorer : null;
                top.setScorer(score);
            }

            @Override
            public void collect(int doc) throws IOException {
                matching.set(doc);
                float boost = 0;
                for (int f = 0; f < selected.length; f++) {
                    if (selected[f] == null) {
                        continue;
                    }
                    int matches = 0;
                    for (FixedBitSet valueDocs : selected[f]) {
                        if (valueDocs.get(doc)) {
                            matches++;
                        }
                    }
                    if (matches == 0) {
                        return;
                    }
                    boost += matches * filters.get(f).boostPerMatch();
                }
                score.boost = boost;
                top.collect(doc);
            }

            /** A field's facets count the matching documents that pass every keyword filter but the field's own. */
            @Override
            public void finish() throws IOException {
                top.finish();
                for (int f = 0; f < facets.length; f++) {
                    FixedBitSet counted = passingOthers(f);
                    Map<String, Long> merged = PerSlice.this.counts.computeIfAbsent(filters.get(f).name(),
                            k -> new HashMap<>());
                    for (int ord = 0; ord < facets[f].valueCount(); ord++) {
                        long n = FixedBitSet.intersectionCount(counted, facets[f].docs(ord));
                        if (n > 0) {
                            merged.merge(facets[f].value(ord), n, Long::sum);
                        }
                    }
                }
            }

            private FixedBitSet passingOthers(int field) {
                FixedBitSet passing = matching;
                for (int g = 0; g < selected.length; g++) {
                    if (g == field || selected[g] == null) {
                        continue;
                    }
                    FixedBitSet any = new FixedBitSet(matching.length());
                    for (FixedBitSet valueDocs : selected[g]) {
                        any.or(valueDocs);
                    }
                    passing = passing == matching ? matching.clone() : passing;
                    passing.and(any);
                }
                return passing;
            }
        }
    }

    /** The text query's score (when it counts) plus the facet filters' boosts of the current document. */
    private static final class BoostedScore extends Scorable {
        private Scorable text;
        private float boost;

        @Override
        public float score() throws IOException {
            return (text == null ? 0 : text.score()) + boost;
        }
    }
}

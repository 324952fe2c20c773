package tad.search.lucene;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import tad.core.search.ListedArtist;

/** {@code SearchReader.listing} on Lucene: a range of artist ids, sorted by the id's doc values. */
final class LuceneListing {
    private LuceneListing() {}

    static List<ListedArtist> listing(IndexSearcher searcher, String afterId, int limit) throws IOException {
        TermRangeQuery after = TermRangeQuery.newStringRange(LuceneFields.ARTIST_ID,
                afterId == null || afterId.isEmpty() ? null : afterId, null, false, true);
        Sort byId = new Sort(new SortField(LuceneFields.ARTIST_ID, SortField.Type.STRING));
        TopFieldDocs top = searcher.search(after, new TopFieldCollectorManager(byId, limit, null, 0));
        StoredFields stored = searcher.storedFields();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<ListedArtist> listed = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc hit : top.scoreDocs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
            NumericDocValues updated = DocValues.getNumeric(leaf.reader(), LuceneFields.UPDATED_AT);
            Instant updatedAt = updated.advanceExact(hit.doc - leaf.docBase)
                    ? Instant.ofEpochMilli(updated.longValue()) : Instant.EPOCH;
            listed.add(new ListedArtist(stored.document(hit.doc).get(LuceneFields.ARTIST_ID), updatedAt));
        }
        return listed;
    }
}

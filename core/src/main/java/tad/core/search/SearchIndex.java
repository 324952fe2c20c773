package tad.core.search;

/**
 * A search index this process both reads and writes: the adapters that can do both (Lucene in the process that
 * owns the index, OpenSearch) implement this. It is what the wiring opens and hands out by side: the
 * {@link SearchReader} to every reader, the {@link SearchWriter} only to the index's writer. Code that only reads or
 * only writes takes that side, never this.
 */
public interface SearchIndex extends SearchReader, SearchWriter {

    @Override
    void close();
}

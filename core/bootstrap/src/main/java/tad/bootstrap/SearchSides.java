package tad.bootstrap;

import java.util.Optional;
import tad.core.search.SearchIndex;
import tad.core.search.SearchReader;
import tad.core.search.SearchWithdrawal;

/**
 * The search index as one process has it, by side.
 *
 * @param reader     what every process searches
 * @param ownIndex   the index, when this process writes it itself (OpenSearch; Lucene with a remote store); empty
 *                   when the local data server is its one writer
 * @param withdrawal how governance takes an artist out of search from here
 * @param seeWrites  makes what the index's writer committed visible to {@code reader} now (a reader in place
 *                   reopens); nothing to do when this process is the writer
 */
record SearchSides(SearchReader reader, Optional<SearchIndex> ownIndex, SearchWithdrawal withdrawal,
                   Runnable seeWrites) {

    /** An index this process reads and writes. */
    static SearchSides own(SearchIndex index) {
        return new SearchSides(index, Optional.of(index), SearchWithdrawal.direct(index), () -> { });
    }
}

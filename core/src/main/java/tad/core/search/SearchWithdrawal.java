package tad.core.search;

/**
 * How governance takes an artist out of search from whichever process it runs in (an approval on the CLI, the
 * admin API in serve, a denylist add): {@link #withdraw} returns only once no search returns the artist. Where this
 * process writes the index (OpenSearch; Lucene without the local data server), the writer deletes and refreshes
 * ({@link #direct}); embedded, the index's one writer, the local data server, does it on request
 * ({@code DataServerWithdrawal}).
 */
public interface SearchWithdrawal {

    /**
     * Takes the artist out of search: on return the index's writer has deleted and committed it, so this process's
     * searches miss them, and a reader in another process once it looks for the new commit (OpenSearch at once; a
     * {@code ReadOnlyLuceneIndex} on its first search at least 100 ms after its last look).
     */
    void withdraw(String artistId);

    /** Rewrites storage so that withdrawn artists leave no bytes behind (after a purge's deletes). */
    void expungeDeletes();

    /** Withdrawals written by this process's own writer. */
    static SearchWithdrawal direct(SearchWriter writer) {
        return new SearchWithdrawal() {
            @Override
            public void withdraw(String artistId) {
                writer.delete(artistId);
                writer.refresh();
            }

            @Override
            public void expungeDeletes() {
                writer.expungeDeletes();
            }
        };
    }
}

package tad.bootstrap.local;

import tad.core.search.SearchWithdrawal;

/**
 * Governance's withdrawals in a process that only reads the embedded index: the data server, its one writer, deletes
 * the artist under its follower's per-artist lock and commits ({@code IndexUpdater.withdraw}) before answering; this
 * process's own reader then reopens at once, and other processes' readers see the commit at their next look for one
 * (at most 100 ms apart), as before the search port was split.
 */
public final class DataServerWithdrawal implements SearchWithdrawal {
    private final DataServerClient server;
    private final Runnable reopenReader;

    public DataServerWithdrawal(DataServerClient server, Runnable reopenReader) {
        this.server = server;
        this.reopenReader = reopenReader;
    }

    @Override
    public void withdraw(String artistId) {
        server.withdraw(artistId);
        reopenReader.run();
    }

    /** The data server first applies the stream (the purge's own deletes), then rewrites the index's segments. */
    @Override
    public void expungeDeletes() {
        server.expungeDeletes();
        reopenReader.run();
    }
}

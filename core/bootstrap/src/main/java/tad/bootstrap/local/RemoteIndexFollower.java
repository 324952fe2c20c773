package tad.bootstrap.local;

import tad.core.sync.IndexFollower;

/** The data server's stream follower, as another process drives it: each call is done by the data server. */
public final class RemoteIndexFollower implements IndexFollower {
    private final DataServerClient server;
    private final Runnable seeWrites;

    /** @param seeWrites lets this process's reader of the index see the data server's latest commit */
    public RemoteIndexFollower(DataServerClient server, Runnable seeWrites) {
        this.server = server;
        this.seeWrites = seeWrites;
    }

    /**
     * Returns once the data server applied everything written to the store so far and committed it, and this
     * process's searches see it.
     */
    @Override
    public int catchUp() {
        int records = server.sync();
        seeWrites.run();
        return records;
    }

    @Override
    public Lag lag() {
        return server.lag();
    }
}

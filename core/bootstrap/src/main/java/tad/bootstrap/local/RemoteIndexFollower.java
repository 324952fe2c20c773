package tad.bootstrap.local;

import tad.core.sync.IndexFollower;

/** The data server's stream follower, as another process drives it: each call is done by the data server. */
public final class RemoteIndexFollower implements IndexFollower {
    private final DataServerClient server;

    public RemoteIndexFollower(DataServerClient server) {
        this.server = server;
    }

    /** Returns once the data server applied everything written to the store so far, and committed it. */
    @Override
    public int catchUp() {
        return server.sync();
    }

    @Override
    public Lag lag() {
        return server.lag();
    }

    /** A rebuild does this itself in the data server ({@link DataServerClient#rebuild()}). */
    @Override
    public void skipToLatest() {
        throw new UnsupportedOperationException("the data server's rebuild skips the stream itself");
    }
}

package tad.core.domain;

/** Whether an artist is served. Stale and unavailable artists are kept (not deleted) but never served. */
public enum ArtistStatus {
    /** Fetched recently and public. */
    ACTIVE,
    /** Not seen on any studio site for several runs. */
    STALE,
    /** Profile missing, private or unreadable for several runs. */
    UNAVAILABLE;

    public boolean served() {
        return this == ACTIVE;
    }
}

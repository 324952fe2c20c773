package tad.core.store;

/**
 * What a worker should do with an artist candidate when several workers may list the same artist in one run
 * (an artist on two studios' sites, their studio jobs on two machines). Exactly one job per run fetches and writes
 * the artist; the others only add their studio link, either themselves or through that job.
 */
public enum ArtistClaim {
    /** This job owns the artist in this run (first claim, or the same job redelivered): fetch and write. */
    HANDLE,
    /** Another job owns the artist and has written it: add this studio's link now. */
    LINK_NOW,
    /** Another job owns the artist and has not written it yet: it adds this studio's link when it has. */
    LEFT_TO_OWNER
}

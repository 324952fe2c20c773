package tad.core.store;

import java.time.Instant;
import java.util.Optional;

/**
 * Who crawls an area now: one lease per area, held by the crawl's process and renewed while it runs (its heartbeat).
 * A crawl killed outright (kill -9) leaves its lease behind, expired or naming a process that is gone: that is how
 * the next {@code tad crawl} and {@code tad crawls} know its RUNNING run was interrupted (docs/operations.md).
 */
public interface CrawlLeases {

    /**
     * Writes the lease when the area has none, its lease has expired, or it is held by {@code replacing} (the caller's
     * own, to renew; or one whose process is known to be gone). Returns whether it was written.
     */
    boolean tryPut(String area, Lease lease, Instant now, Optional<String> replacing);

    /** The area's lease as stored, expired or not. */
    Optional<Lease> current(String area);

    /** Removes the lease if {@code holder} still holds it. */
    void release(String area, String holder);

    /**
     * @param holder    a random id of the holding crawl
     * @param host      the holder's host name
     * @param pid       the holder's process id on that host
     * @param expiresAt when the lease lapses unless renewed
     */
    record Lease(String holder, String host, long pid, Instant expiresAt) {
    }
}

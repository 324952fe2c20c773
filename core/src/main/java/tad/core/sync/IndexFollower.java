package tad.core.sync;

import java.time.Instant;
import java.util.Optional;

/**
 * Keeps a search index in line with the store's change feed, where tad does it itself (the embedded index; on AWS
 * the stream Lambda does it). Applying a change twice is harmless, so a restart re-reads from the saved position.
 */
public interface IndexFollower {

    /** Applies everything new on the change feed and makes it searchable; returns how many records were read. */
    int catchUp();

    /** Change records not yet applied, and when the oldest of them was written. */
    Lag lag();

    record Lag(int pendingRecords, Optional<Instant> oldestPending) {
    }
}

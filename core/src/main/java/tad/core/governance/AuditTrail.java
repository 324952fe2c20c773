package tad.core.governance;

import java.time.Instant;
import java.util.List;

/**
 * Who decided what about which removal request, when: without personal data (the identifier is a keyed hash).
 */
public interface AuditTrail {

    void record(Entry entry);

    /** Most recent first. */
    List<Entry> recent(int limit);

    /**
     * One decision.
     *
     * @param identifierHash the denylist's keyed hash of the artist's handle (or artist id), never the handle
     * @param action         approved, rejected, purged, denylisted
     */
    record Entry(String requestId, Instant at, String action, String identifierHash, String detail) {
    }
}

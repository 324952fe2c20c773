package tad.core.governance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import tad.core.removal.RemovalRequest;
import tad.core.removal.RemovalRequestStore;

/**
 * The one rule for an overdue removal request (SRS 4.7): pending for more than three days. `tad removals list`
 * marks them, `tad removals overdue` counts them for the alarm.
 */
public final class OverdueRemovals {
    /** Terraform's monitoring module documents the same age ({@code overdue_after_days}); its tests compare them. */
    public static final int OVERDUE_AFTER_DAYS = 3;
    public static final Duration OVERDUE_AFTER = Duration.ofDays(OVERDUE_AFTER_DAYS);
    /**
     * The pending listing is oldest first, so overdue requests come first; past this many the count is a lower
     * bound, which still raises the alarm (it fires above zero).
     */
    static final int MAX_COUNTED = 1000;

    private final RemovalRequestStore requests;
    private final Clock clock;

    public OverdueRemovals(RemovalRequestStore requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    public static boolean isOverdue(RemovalRequest request, Instant now) {
        return request.isPending() && Duration.between(request.createdAt(), now).compareTo(OVERDUE_AFTER) > 0;
    }

    /** Pending requests older than {@link #OVERDUE_AFTER} now. */
    public int count() {
        Instant now = clock.instant();
        return (int) requests.pending(MAX_COUNTED).stream().filter(r -> isOverdue(r, now)).count();
    }
}

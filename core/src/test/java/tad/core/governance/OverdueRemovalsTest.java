package tad.core.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tad.core.removal.RemovalRequest;

class OverdueRemovalsTest {
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private static RemovalRequest filed(Duration ago) {
        return RemovalRequest.pending("rq-1", Optional.of("someone"), Optional.empty(), "someone@example.org",
                "please remove me", NOW.minus(ago));
    }

    @Test
    void aPendingRequestIsOverdueOnlyOnceMoreThanThreeDaysOld() {
        assertThat(OverdueRemovals.isOverdue(filed(Duration.ofDays(3)), NOW)).isFalse();
        assertThat(OverdueRemovals.isOverdue(filed(Duration.ofDays(3).plusSeconds(1)), NOW)).isTrue();
        assertThat(OverdueRemovals.isOverdue(filed(Duration.ofHours(1)), NOW)).isFalse();
    }

    @Test
    void aDecidedRequestIsNeverOverdue() {
        RemovalRequest rejected = filed(Duration.ofDays(10))
                .decided(RemovalRequest.Decision.reject(NOW.minus(Duration.ofDays(1)), "not the artist"));

        assertThat(OverdueRemovals.isOverdue(rejected, NOW)).isFalse();
    }
}

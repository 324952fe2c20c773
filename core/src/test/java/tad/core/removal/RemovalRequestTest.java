package tad.core.removal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RemovalRequestTest {
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void aRequestNamesAHandleOrAnArtistId() {
        assertThatThrownBy(() -> RemovalRequest.pending("rq-1", Optional.empty(), Optional.empty(), "a@b.org", "", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void decidingErasesTheEmail() {
        RemovalRequest pending = RemovalRequest.pending("rq-1", Optional.of("x"), Optional.empty(), "a@b.org", "", NOW);

        RemovalRequest decided = pending.decided(RemovalRequest.Decision.approve(NOW, ""));

        assertThat(pending.status()).isEqualTo(RemovalStatus.PENDING);
        assertThat(decided.status()).isEqualTo(RemovalStatus.APPROVED);
        assertThat(decided.email()).isEmpty();
    }

    @Test
    void aDecidedRequestCannotHoldAnEmail() {
        assertThatThrownBy(() -> new RemovalRequest("rq-1", Optional.of("x"), Optional.empty(), Optional.of("a@b.org"),
                "", NOW, Optional.of(RemovalRequest.Decision.reject(NOW, "no")))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void idsAreRandomAndWellFormed() {
        String one = RemovalRequestIds.newId();
        assertThat(RemovalRequestIds.isWellFormed(one)).isTrue();
        assertThat(RemovalRequestIds.newId()).isNotEqualTo(one);
        assertThat(RemovalRequestIds.isWellFormed("rq-../../etc")).isFalse();
    }
}

package tad.core.removal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RemovalRequestStore} adapter must do. Subclasses give a fresh, empty store per test.
 */
public abstract class RemovalRequestStoreContract {
    private static final Instant T0 = Instant.parse("2026-03-01T10:15:30.123456Z");

    protected RemovalRequestStore store;

    protected abstract RemovalRequestStore newEmptyStore();

    @BeforeEach
    void freshStore() {
        store = newEmptyStore();
    }

    @Test
    void aSavedRequestIsReadBackAsItWasSaved() {
        RemovalRequest request = request("rq-000000000000000000000001", T0);
        store.save(request);

        assertThat(store.get(request.id())).contains(request);
        assertThat(store.get(request.id()).orElseThrow().status()).isEqualTo(RemovalStatus.PENDING);
    }

    @Test
    void aRequestNamingOnlyAnArtistIdIsKeptWithoutAHandle() {
        RemovalRequest request = RemovalRequest.pending("rq-000000000000000000000002", Optional.empty(),
                Optional.of("a0123456789abcde"), "someone@example.org", "", T0);
        store.save(request);

        assertThat(store.get(request.id())).contains(request);
    }

    @Test
    void anUnknownIdIsEmpty() {
        assertThat(store.get("rq-ffffffffffffffffffffffff")).isEmpty();
        assertThat(store.decide("rq-ffffffffffffffffffffffff", RemovalRequest.Decision.approve(T0, ""))).isEmpty();
    }

    @Test
    void savingTheSameIdTwiceIsRefused() {
        store.save(request("rq-000000000000000000000003", T0));

        assertThatThrownBy(() -> store.save(request("rq-000000000000000000000003", T0.plusSeconds(1))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aDecidedRequestCannotBeSavedAsNew() {
        RemovalRequest decided = request("rq-000000000000000000000004", T0)
                .decided(RemovalRequest.Decision.reject(T0, "not ours"));

        assertThatThrownBy(() -> store.save(decided)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pendingListsOldestFirstAndHonoursTheLimit() {
        store.save(request("rq-00000000000000000000000c", T0.plusSeconds(20)));
        store.save(request("rq-00000000000000000000000a", T0));
        store.save(request("rq-00000000000000000000000b", T0.plusMillis(1500)));

        assertThat(store.pending(10)).extracting(RemovalRequest::id).containsExactly(
                "rq-00000000000000000000000a", "rq-00000000000000000000000b", "rq-00000000000000000000000c");
        assertThat(store.pending(2)).extracting(RemovalRequest::id).containsExactly(
                "rq-00000000000000000000000a", "rq-00000000000000000000000b");
    }

    @Test
    void approvingRecordsTheDecisionErasesTheEmailAndLeavesThePendingList() {
        store.save(request("rq-000000000000000000000005", T0));
        RemovalRequest.Decision approval = RemovalRequest.Decision.approve(T0.plusSeconds(60), "verified by email");

        RemovalRequest decided = store.decide("rq-000000000000000000000005", approval).orElseThrow();

        assertThat(decided.status()).isEqualTo(RemovalStatus.APPROVED);
        assertThat(decided.email()).isEmpty();
        assertThat(decided.decision()).contains(approval);
        assertThat(store.get("rq-000000000000000000000005")).contains(decided);
        assertThat(store.pending(10)).isEmpty();
    }

    @Test
    void rejectingKeepsTheReasonAndErasesTheEmail() {
        store.save(request("rq-000000000000000000000006", T0));

        RemovalRequest decided = store.decide("rq-000000000000000000000006",
                RemovalRequest.Decision.reject(T0.plusSeconds(5), "handle belongs to someone else")).orElseThrow();

        assertThat(decided.status()).isEqualTo(RemovalStatus.REJECTED);
        assertThat(decided.email()).isEmpty();
        assertThat(decided.decision().orElseThrow().note()).isEqualTo("handle belongs to someone else");
    }

    @Test
    void decidingTwiceKeepsTheFirstDecision() {
        store.save(request("rq-000000000000000000000007", T0));
        RemovalRequest first = store.decide("rq-000000000000000000000007",
                RemovalRequest.Decision.approve(T0.plusSeconds(1), "")).orElseThrow();

        RemovalRequest second = store.decide("rq-000000000000000000000007",
                RemovalRequest.Decision.reject(T0.plusSeconds(2), "changed my mind")).orElseThrow();

        assertThat(second).isEqualTo(first);
        assertThat(store.get("rq-000000000000000000000007")).contains(first);
    }

    @Test
    void decidingOneRequestLeavesTheOthersPending() {
        store.save(request("rq-000000000000000000000008", T0));
        store.save(request("rq-000000000000000000000009", T0.plusSeconds(1)));

        store.decide("rq-000000000000000000000008", RemovalRequest.Decision.approve(T0.plusSeconds(2), ""));

        assertThat(store.pending(10)).extracting(RemovalRequest::id).containsExactly("rq-000000000000000000000009");
        assertThat(store.get("rq-000000000000000000000009").orElseThrow().email()).contains("someone@example.org");
    }

    private static RemovalRequest request(String id, Instant createdAt) {
        return RemovalRequest.pending(id, Optional.of("some.artist"), Optional.empty(), "someone@example.org",
                "I no longer tattoo and want my work offline.", createdAt);
    }
}

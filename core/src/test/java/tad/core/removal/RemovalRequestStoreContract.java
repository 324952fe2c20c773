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

    @Test
    void savingARequestOwesItsRequesterTheAcknowledgementAtOnce() {
        store.save(request("rq-00000000000000000000000d", T0));

        assertThat(store.owedMail(T0, 10)).containsExactly(new OwedMail("rq-00000000000000000000000d",
                MailKind.ACKNOWLEDGEMENT, "someone@example.org", 0, T0));
        assertThat(store.mailRecords("rq-00000000000000000000000d")).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(MailKind.ACKNOWLEDGEMENT);
            assertThat(r.state()).isEqualTo(MailRecord.State.OWED);
        });
    }

    @Test
    void decidingOwesTheDecisionWithTheAddressTheRequestNoLongerHolds() {
        store.save(request("rq-00000000000000000000000e", T0));
        Instant decidedAt = T0.plusSeconds(3600);
        store.decide("rq-00000000000000000000000e", RemovalRequest.Decision.reject(decidedAt, "not listed here"));

        assertThat(store.get("rq-00000000000000000000000e").orElseThrow().email()).isEmpty();
        assertThat(store.owedMail(decidedAt, 10)).extracting(OwedMail::kind, OwedMail::address).containsExactly(
                org.assertj.core.groups.Tuple.tuple(MailKind.ACKNOWLEDGEMENT, "someone@example.org"),
                org.assertj.core.groups.Tuple.tuple(MailKind.DECISION, "someone@example.org"));
        assertThat(store.owedMail(T0, 10)).extracting(OwedMail::kind).containsExactly(MailKind.ACKNOWLEDGEMENT);
    }

    @Test
    void owedMailComesLongestDueFirstAndHonoursTheLimit() {
        store.save(request("rq-0000000000000000000000f2", T0.plusSeconds(2)));
        store.save(request("rq-0000000000000000000000f1", T0.plusMillis(1)));
        store.save(request("rq-0000000000000000000000f3", T0.plusSeconds(30)));

        assertThat(store.owedMail(T0.plusSeconds(10), 10)).extracting(OwedMail::requestId)
                .containsExactly("rq-0000000000000000000000f1", "rq-0000000000000000000000f2");
        assertThat(store.owedMail(T0.plusSeconds(60), 1)).extracting(OwedMail::requestId)
                .containsExactly("rq-0000000000000000000000f1");
    }

    @Test
    void aClaimedMessageIsNotClaimedAgainUntilTheClaimLapses() {
        store.save(request("rq-0000000000000000000000a1", T0));
        OwedMail owed = store.owedMail(T0, 1).get(0);

        assertThat(store.claimMail(owed, T0, T0.plusSeconds(60))).isTrue();
        assertThat(store.claimMail(owed, T0.plusSeconds(30), T0.plusSeconds(90))).isFalse();
        assertThat(store.claimMail(owed, T0.plusSeconds(61), T0.plusSeconds(120))).isTrue();
    }

    @Test
    void aSentMessageIsNoLongerOwedAndItsRecordKeepsNoAddress() {
        store.save(request("rq-0000000000000000000000a2", T0));
        OwedMail owed = store.owedMail(T0, 1).get(0);
        store.mailSent(owed, T0.plusSeconds(5));
        store.mailSent(owed, T0.plusSeconds(6));

        assertThat(store.owedMail(T0.plusSeconds(60), 10)).isEmpty();
        assertThat(store.mailRecords("rq-0000000000000000000000a2")).singleElement().satisfies(r -> {
            assertThat(r.state()).isEqualTo(MailRecord.State.SENT);
            assertThat(r.at()).as("the first settlement stands").isEqualTo(T0.plusSeconds(5));
            assertThat(r.toString()).doesNotContain("someone@");
        });
    }

    @Test
    void aFailedSendIsOwedAgainLaterWithOneAttemptMoreThenGivenUp() {
        store.save(request("rq-0000000000000000000000a3", T0));
        OwedMail first = store.owedMail(T0, 1).get(0);
        Instant retry = T0.plusSeconds(120);
        store.mailFailed(first, "UNAVAILABLE: cannot reach the mail server", Optional.of(retry), T0.plusSeconds(1));

        assertThat(store.owedMail(T0.plusSeconds(60), 10)).isEmpty();
        OwedMail second = store.owedMail(retry, 10).get(0);
        assertThat(second.attempts()).isEqualTo(1);
        assertThat(second.address()).isEqualTo("someone@example.org");
        assertThat(store.mailRecords("rq-0000000000000000000000a3").get(0).lastReason())
                .contains("UNAVAILABLE: cannot reach the mail server");

        store.mailFailed(second, "REJECTED: the mail server refused the recipient (SMTP 550)", Optional.empty(),
                retry.plusSeconds(1));
        assertThat(store.owedMail(retry.plusSeconds(3600), 10)).isEmpty();
        assertThat(store.mailRecords("rq-0000000000000000000000a3")).singleElement().satisfies(r -> {
            assertThat(r.state()).isEqualTo(MailRecord.State.GAVE_UP);
            assertThat(r.attempts()).isEqualTo(2);
        });
    }

    private static RemovalRequest request(String id, Instant createdAt) {
        return RemovalRequest.pending(id, Optional.of("some.artist"), Optional.empty(), "someone@example.org",
                "I no longer tattoo and want my work offline.", createdAt);
    }
}

package tad.core.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link NoticeLedger} adapter must do. Subclasses give a fresh, empty ledger per test. */
public abstract class NoticeLedgerContract {
    private static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");

    protected NoticeLedger ledger;

    protected abstract NoticeLedger newEmptyLedger();

    @BeforeEach
    void freshLedger() {
        ledger = newEmptyLedger();
    }

    @Test
    void aRecipientNeverWrittenToKnowsNoArtist() {
        assertThat(ledger.notifiedArtists("r-unknown")).isEmpty();
    }

    @Test
    void noticesAddUpPerRecipientAndStayApartBetweenRecipients() {
        ledger.recordNotice("r-1", Set.of("a-1", "a-2"), T0);
        ledger.recordNotice("r-1", Set.of("a-2", "a-3"), T0.plusSeconds(86_400));
        ledger.recordNotice("r-2", Set.of("a-9"), T0);

        assertThat(ledger.notifiedArtists("r-1")).containsExactlyInAnyOrder("a-1", "a-2", "a-3");
        assertThat(ledger.notifiedArtists("r-2")).containsExactly("a-9");
    }

    @Test
    void manyArtistsAreReadBackInFull() {
        Set<String> many = new java.util.HashSet<>();
        for (int i = 0; i < 250; i++) {
            many.add(String.format("%064x", i));
        }
        ledger.recordNotice("r-big", many, T0);
        assertThat(ledger.notifiedArtists("r-big")).isEqualTo(many);
    }
}

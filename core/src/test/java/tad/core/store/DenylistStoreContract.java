package tad.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The behaviour every {@link DenylistStore} adapter must have. */
public abstract class DenylistStoreContract {

    protected abstract DenylistStore store();

    @Test
    void addIsIdempotentAndContainsAnswers() {
        assertThat(store().add("abc123", "handle", Fixtures.T0)).isTrue();
        assertThat(store().add("abc123", "handle", Fixtures.T0.plusSeconds(5))).isFalse();
        assertThat(store().contains("abc123")).isTrue();
        assertThat(store().contains("other")).isFalse();
        assertThat(store().list()).singleElement().satisfies(e -> {
            assertThat(e.hash()).isEqualTo("abc123");
            assertThat(e.kind()).isEqualTo("handle");
            assertThat(e.addedAt()).isEqualTo(Fixtures.T0);
        });
    }

    @Test
    void removeReportsWhetherSomethingWasRemoved() {
        store().add("abc123", "handle", Fixtures.T0);
        assertThat(store().remove("abc123")).isTrue();
        assertThat(store().remove("abc123")).isFalse();
        assertThat(store().contains("abc123")).isFalse();
        assertThat(store().list()).isEmpty();
    }

    @Test
    void containsAnyAnswersForSeveralHashesAtOnce() {
        store().add("abc123", "handle", Fixtures.T0);
        assertThat(store().containsAny(java.util.List.of("x1", "abc123", "x2"))).isTrue();
        assertThat(store().containsAny(java.util.List.of("x1", "x2", "x1"))).isFalse();
        assertThat(store().containsAny(java.util.List.of())).isFalse();
    }
}

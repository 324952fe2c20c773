package tad.core.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tad.plugin.RememberedPage;
import tad.plugin.Validators;

/** The behaviour every {@link PageMemoryStore} adapter must have. */
public abstract class PageMemoryStoreContract {
    private static final URI ARTISTS = URI.create("https://www.inkwell.example/artists/");
    private static final URI HOME = URI.create("https://www.inkwell.example/");
    private static final Instant FETCHED = Instant.parse("2026-12-07T09:00:00Z");

    protected abstract PageMemoryStore store();

    private static RememberedPage page(String yield, Optional<String> etag) {
        return new RememberedPage(new Validators(etag, Optional.of("Mon, 07 Dec 2026 09:00:00 GMT")),
                yield.getBytes(StandardCharsets.UTF_8), FETCHED);
    }

    @Test
    void whatWasRememberedComesBackWithItsValidators() {
        store().remember("studio-website", ARTISTS, page("roster", Optional.of("\"v1\"")));
        RememberedPage back = store().recall("studio-website", ARTISTS).orElseThrow();
        assertThat(back.validators().etag()).contains("\"v1\"");
        assertThat(back.validators().lastModified()).contains("Mon, 07 Dec 2026 09:00:00 GMT");
        assertThat(new String(back.yield(), StandardCharsets.UTF_8)).isEqualTo("roster");
        assertThat(back.fetchedAt()).isEqualTo(FETCHED);
    }

    @Test
    void aPageWithoutValidatorsIsRememberedToo() {
        store().remember("studio-website", HOME, new RememberedPage(Validators.NONE, new byte[] {1, 2, 3}, FETCHED));
        RememberedPage back = store().recall("studio-website", HOME).orElseThrow();
        assertThat(back.validators().isEmpty()).isTrue();
        assertThat(back.yield()).containsExactly(1, 2, 3);
    }

    @Test
    void aNewMemoryReplacesTheOldAndEachOwnerSeesOnlyItsOwn() {
        store().remember("studio-website", ARTISTS, page("first", Optional.of("\"v1\"")));
        store().remember("studio-website", ARTISTS, page("second", Optional.of("\"v2\"")));
        assertThat(store().recall("studio-website", ARTISTS).orElseThrow().validators().etag()).contains("\"v2\"");
        assertThat(store().recall("other-plugin", ARTISTS)).isEmpty();
        assertThat(store().recall("studio-website", URI.create("https://www.inkwell.example/team/"))).isEmpty();
    }

    @Test
    void tooLargeAYieldIsNotKept() {
        byte[] huge = new byte[PageMemoryStore.MAX_YIELD_BYTES + 1];
        store().remember("studio-website", ARTISTS, new RememberedPage(Validators.NONE, huge, FETCHED));
        assertThat(store().recall("studio-website", ARTISTS)).isEmpty();
    }

    @Test
    void forgettingASiteDropsEveryPageOfItForEveryOwnerAndNothingElse() {
        URI other = URI.create("https://copper-crane.example/artists");
        store().remember("studio-website", ARTISTS, page("a", Optional.empty()));
        store().remember("studio-website", HOME, page("b", Optional.empty()));
        store().remember("another", HOME, page("c", Optional.empty()));
        store().remember("studio-website", other, page("d", Optional.empty()));
        assertThat(store().forgetSite(URI.create("https://www.inkwell.example/anything"))).isEqualTo(3);
        assertThat(store().recall("studio-website", ARTISTS)).isEmpty();
        assertThat(store().recall("another", HOME)).isEmpty();
        assertThat(store().recall("studio-website", other)).isPresent();
        assertThat(store().forgetSite(HOME)).isZero();
    }
}

package tad.core.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
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
        store().remember("studio-website", ARTISTS, page("roster", Optional.of("\"v1\"")), Set.of());
        RememberedPage back = store().recall("studio-website", ARTISTS).orElseThrow();
        assertThat(back.validators().etag()).contains("\"v1\"");
        assertThat(back.validators().lastModified()).contains("Mon, 07 Dec 2026 09:00:00 GMT");
        assertThat(new String(back.yield(), StandardCharsets.UTF_8)).isEqualTo("roster");
        assertThat(back.fetchedAt()).isEqualTo(FETCHED);
    }

    @Test
    void aPageWithoutValidatorsIsRememberedToo() {
        store().remember("studio-website", HOME, new RememberedPage(Validators.NONE, new byte[] {1, 2, 3}, FETCHED),
                Set.of());
        RememberedPage back = store().recall("studio-website", HOME).orElseThrow();
        assertThat(back.validators().isEmpty()).isTrue();
        assertThat(back.yield()).containsExactly(1, 2, 3);
    }

    @Test
    void aNewMemoryReplacesTheOldAndEachOwnerSeesOnlyItsOwn() {
        store().remember("studio-website", ARTISTS, page("first", Optional.of("\"v1\"")), Set.of());
        store().remember("studio-website", ARTISTS, page("second", Optional.of("\"v2\"")), Set.of());
        assertThat(store().recall("studio-website", ARTISTS).orElseThrow().validators().etag()).contains("\"v2\"");
        assertThat(store().recall("other-plugin", ARTISTS)).isEmpty();
        assertThat(store().recall("studio-website", URI.create("https://www.inkwell.example/team/"))).isEmpty();
    }

    @Test
    void tooLargeAYieldIsNotKept() {
        byte[] huge = new byte[PageMemoryStore.MAX_YIELD_BYTES + 1];
        store().remember("studio-website", ARTISTS, new RememberedPage(Validators.NONE, huge, FETCHED), Set.of());
        assertThat(store().recall("studio-website", ARTISTS)).isEmpty();
    }

    @Test
    void forgettingASiteDropsEveryPageOfItForEveryOwnerAndNothingElse() {
        URI other = URI.create("https://copper-crane.example/artists");
        store().remember("studio-website", ARTISTS, page("a", Optional.empty()), Set.of());
        store().remember("studio-website", HOME, page("b", Optional.empty()), Set.of());
        store().remember("another", HOME, page("c", Optional.empty()), Set.of());
        store().remember("studio-website", other, page("d", Optional.empty()), Set.of());
        assertThat(store().forgetSite(URI.create("https://www.inkwell.example/anything"))).isEqualTo(3);
        assertThat(store().recall("studio-website", ARTISTS)).isEmpty();
        assertThat(store().recall("another", HOME)).isEmpty();
        assertThat(store().recall("studio-website", other)).isPresent();
        assertThat(store().forgetSite(HOME)).isZero();
    }

    @Test
    void aSiteIsFoundByTheNamesItsPagesCarryAndForgettingItDropsThem() {
        URI guestSpots = URI.create("https://copper-crane.example/guests");
        store().remember("studio-website", ARTISTS, page("a", Optional.empty()), Set.of("h-mara", "h-ivo"));
        store().remember("studio-website", guestSpots, page("b", Optional.empty()), Set.of("h-mara"));
        assertThat(store().sitesNaming("h-mara"))
                .containsExactlyInAnyOrder("https://www.inkwell.example:443", "https://copper-crane.example:443");
        assertThat(store().sitesNaming("h-ivo")).containsExactly("https://www.inkwell.example:443");
        assertThat(store().sitesNaming("h-nobody")).isEmpty();

        assertThat(store().forgetNaming("h-mara")).isEqualTo(2);
        assertThat(store().recall("studio-website", ARTISTS)).isEmpty();
        assertThat(store().recall("studio-website", guestSpots)).isEmpty();
        assertThat(store().sitesNaming("h-ivo")).isEmpty();
    }

    @Test
    void aNewMemoryReplacesTheNamesAndForgettingAPageDropsItsNames() {
        store().remember("studio-website", ARTISTS, page("a", Optional.empty()), Set.of("h-mara"));
        store().remember("studio-website", ARTISTS, page("b", Optional.empty()), Set.of("h-ivo"));
        assertThat(store().sitesNaming("h-mara")).isEmpty();
        assertThat(store().sitesNaming("h-ivo")).hasSize(1);
        store().remember("studio-website", HOME, page("c", Optional.empty()), Set.of("h-ivo"));

        store().forget("studio-website", ARTISTS);
        assertThat(store().recall("studio-website", ARTISTS)).isEmpty();
        assertThat(store().recall("studio-website", HOME)).isPresent();
        assertThat(store().sitesNaming("h-ivo")).hasSize(1); // the home page still names them
        store().forget("studio-website", HOME);
        assertThat(store().sitesNaming("h-ivo")).isEmpty();
        store().forget("studio-website", HOME); // nothing kept: nothing to do
    }
}

package tad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tad.bootstrap.Bootstrap;
import tad.core.config.RawConfig;
import tad.core.config.TadConfig;
import tad.core.domain.Ids;
import tad.plugin.RememberedPage;
import tad.plugin.Validators;

/**
 * The crawl's page memory under a removal, on the embedded stores as the bootstrap wires them: a page naming an
 * artist is found by `removals verify`, is dropped by the purge even on a site that is not the artist's studio (a
 * guest-spot page), and once the artist is denylisted no page naming them is kept again.
 */
class PageMemoryRemovalIT {
    private static final String OWNER = "studio-website";
    private static final String HANDLE = "guest.artist";
    private static final URI GUESTS = URI.create("https://copper-crane.example/guest-spots");
    private static final URI OTHER = URI.create("https://www.inkwell.example/artists/");

    private static RememberedPage page(String yield, String... names) {
        return new RememberedPage(Validators.NONE, yield.getBytes(StandardCharsets.UTF_8),
                Instant.parse("2026-12-07T09:00:00Z"), List.of(names));
    }

    @Test
    void verifyFindsThePagesThePurgeDropsAndADenylistedArtistIsNeverRememberedAgain() throws Exception {
        Path data = Files.createTempDirectory("tad-page-memory-it");
        Map<String, String> env = SampleCityCrawlIT.baseEnv(data);
        try (Bootstrap boot = Bootstrap.open(TadConfig.parse(RawConfig.load(Optional.empty(), env, Map.of())))) {
            String artistId = Ids.artistId(HANDLE);
            assertThat(boot.pageMemory().remember(OWNER, GUESTS, page("guests", HANDLE, "other.artist"))).isTrue();
            assertThat(boot.pageMemory().remember(OWNER, OTHER, page("roster", "other.artist"))).isTrue();

            assertThat(boot.traceVerifier().traces(artistId, List.of(HANDLE), Optional.empty()))
                    .containsExactly("page memory: pages of https://copper-crane.example:443 name 'guest.artist'");

            boot.denylist().addHandle(HANDLE);
            boot.purger().purge(artistId, Optional.of(HANDLE), () -> { });
            assertThat(boot.traceVerifier().traces(artistId, List.of(HANDLE), Optional.empty())).isEmpty();
            assertThat(boot.pageMemory().recall(OWNER, GUESTS)).isEmpty();
            assertThat(boot.pageMemory().recall(OWNER, OTHER)).as("a site that does not name them stays").isPresent();

            // a later crawl reads the guest-spot page again: it is not kept, and what was kept of it is dropped
            assertThat(boot.pageMemory().remember(OWNER, OTHER, page("roster now naming them", "Guest.Artist")))
                    .isFalse();
            assertThat(boot.pageMemory().recall(OWNER, OTHER)).isEmpty();
            assertThat(boot.traceVerifier().traces(artistId, List.of(HANDLE), Optional.of(data))).isEmpty();
            assertThat(boot.pageMemory().remember(OWNER, OTHER, page("roster", "other.artist"))).isTrue();
        }
    }
}

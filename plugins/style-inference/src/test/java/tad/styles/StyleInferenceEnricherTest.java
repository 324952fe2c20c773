package tad.styles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.slf4j.helpers.NOPLogger;
import tad.plugin.ArtistEvidence;
import tad.plugin.ArtistProfile;
import tad.plugin.ArtistSiteFacts;
import tad.plugin.Enrichment;
import tad.plugin.PluginContext;
import tad.plugin.RemoteImage;
import tad.plugin.StyleEvidence;

class StyleInferenceEnricherTest {

    private final StyleInferenceEnricher enricher = new StyleInferenceEnricher();

    private static PluginContext context(Map<String, String> config) {
        return new PluginContext(new NoNetwork(), new MapConfig(config), Clock.systemUTC(), NOPLogger.NOP_LOGGER);
    }

    private static ArtistEvidence profile(String bio, String... captions) {
        return ArtistEvidence.of(instagram(bio, captions));
    }

    private static ArtistProfile instagram(String bio, String... captions) {
        List<RemoteImage> images = java.util.stream.IntStream.range(0, captions.length)
                .mapToObj(i -> new RemoteImage("p" + i, "https://cdn.example/p" + i, false, Optional.empty(),
                        captions[i]))
                .toList();
        return new ArtistProfile("ada", Optional.empty(), bio, Optional.empty(), Optional.empty(), false, images);
    }

    private static ArtistSiteFacts site(String bio, String... specialisms) {
        return new ArtistSiteFacts("https://studio.example/artists/ada", bio, Optional.empty(), List.of(),
                List.of(specialisms));
    }

    @Test
    void fillsStylesHashtagsAndEvidence() {
        Enrichment result = enricher.enrich(profile("#NeoTrad & #BNG | #leeds #tattoo"), context(Map.of()));

        assertThat(result.styles()).containsExactly("neo-traditional", "black-and-grey");
        assertThat(result.hashtags()).containsExactly("neotrad", "bng");
        assertThat(result.evidence()).extracting(StyleEvidence::style)
                .containsExactly("neo-traditional", "black-and-grey");
    }

    @Test
    void readsCaptionsOfTheRecentPosts() {
        Enrichment result = enricher.enrich(profile("", "#dotwork moth", "dotwork sun"), context(Map.of()));

        assertThat(result.styles()).containsExactly("dotwork");
        assertThat(result.hashtags()).isEmpty();
    }

    @Test
    void thresholdsComeFromThePluginConfigSection() {
        ArtistEvidence captionOnce = profile("", "#dotwork moth");

        assertThat(enricher.enrich(captionOnce, context(Map.of())).styles()).isEmpty();
        assertThat(enricher.enrich(captionOnce, context(Map.of("min-score", "1"))).styles()).containsExactly("dotwork");
    }

    @Test
    void rejectsNonsenseThresholds() {
        assertThatThrownBy(() -> enricher.enrich(profile(""), context(Map.of("min-score", "0"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("min-score");
    }

    @Test
    void readsTheStudioWebsiteAloneWhenNoProfileWasFetched() {
        ArtistEvidence websiteOnly = ArtistEvidence.of("ada", Optional.empty(),
                Optional.of(site("Ada has tattooed in Leeds for ten years, mostly fine line florals.", "Blackwork")));

        Enrichment result = enricher.enrich(websiteOnly, context(Map.of()));

        assertThat(result.styles()).containsExactlyInAnyOrder("fine-line", "blackwork");
        assertThat(result.evidence()).flatExtracting(StyleEvidence::where).allMatch(w -> w.startsWith("studio-website "));
    }

    @Test
    void keepsTheEvidenceOfEachSourceApart() {
        ArtistEvidence both = ArtistEvidence.of("ada", Optional.of(instagram("#dotwork only", "dotwork moth")),
                Optional.of(site("Ada works in dotwork and geometric pieces.", "Dotwork")));

        Enrichment result = enricher.enrich(both, context(Map.of()));

        StyleEvidence dotwork = result.evidence().stream().filter(e -> e.style().equals("dotwork")).findFirst()
                .orElseThrow();
        assertThat(dotwork.where()).contains("instagram bio:#dotwork", "instagram caption 1:dotwork",
                "studio-website bio:dotwork", "studio-website specialisms:dotwork");
        assertThat(result.styles()).contains("dotwork", "geometric");
    }

    @Test
    void aSpecialismTheStudioNamesCountsAsMuchAsABio() {
        ArtistEvidence named = ArtistEvidence.of("ada", Optional.empty(), Optional.of(site("", "Japanese")));

        assertThat(enricher.enrich(named, context(Map.of())).styles()).containsExactly("japanese");
    }
}

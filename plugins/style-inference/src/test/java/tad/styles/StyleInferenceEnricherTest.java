package tad.styles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.slf4j.helpers.NOPLogger;
import tad.plugin.ArtistProfile;
import tad.plugin.Enrichment;
import tad.plugin.PluginContext;
import tad.plugin.RemoteImage;
import tad.plugin.StyleEvidence;

class StyleInferenceEnricherTest {

    private final StyleInferenceEnricher enricher = new StyleInferenceEnricher();

    private static PluginContext context(Map<String, String> config) {
        return new PluginContext(new NoNetwork(), new MapConfig(config), Clock.systemUTC(), NOPLogger.NOP_LOGGER);
    }

    private static ArtistProfile profile(String bio, String... captions) {
        List<RemoteImage> images = java.util.stream.IntStream.range(0, captions.length)
                .mapToObj(i -> new RemoteImage("p" + i, "https://cdn.example/p" + i, false, Optional.empty(),
                        captions[i]))
                .toList();
        return new ArtistProfile("ada", Optional.empty(), bio, Optional.empty(), Optional.empty(), false, images);
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
        ArtistProfile captionOnce = profile("", "#dotwork moth");

        assertThat(enricher.enrich(captionOnce, context(Map.of())).styles()).isEmpty();
        assertThat(enricher.enrich(captionOnce, context(Map.of("min-score", "1"))).styles()).containsExactly("dotwork");
    }

    @Test
    void rejectsNonsenseThresholds() {
        assertThatThrownBy(() -> enricher.enrich(profile(""), context(Map.of("min-score", "0"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("min-score");
    }
}

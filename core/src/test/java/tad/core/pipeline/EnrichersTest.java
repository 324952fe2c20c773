package tad.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tad.core.plugins.Loaded;
import tad.plugin.ArtistEvidence;
import tad.plugin.ArtistProfile;
import tad.plugin.Availability;
import tad.plugin.Enricher;
import tad.plugin.Enrichment;
import tad.plugin.StyleEvidence;

class EnrichersTest {

    private static final Availability FLASH = new Availability(Availability.Kind.FLASH,
            Optional.of(LocalDate.of(2026, 12, 12)), Optional.of(LocalDate.of(2026, 12, 12)), Optional.empty(),
            "flash day Saturday 12th", "caption 1", LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 12));

    @Test
    void theChainMergesStylesFromOneEnricherWithAvailabilityFromAnother() {
        Enricher styles = (profile, context) -> new Enrichment(Set.of("blackwork"), Set.of("blackwork"),
                List.of(new StyleEvidence("blackwork", 1, List.of("bio:blackwork"))));
        Enricher availability = (profile, context) -> new Enrichment(Set.of(), Set.of(), List.of(), List.of(FLASH));
        Enrichers chain = new Enrichers(List.of(new Loaded<>("style-inference", styles, null),
                new Loaded<>("availability", availability, null)));

        Enrichment merged = chain.enrich(ArtistEvidence.of(new ArtistProfile("mara.ink", Optional.empty(),
                "blackwork", Optional.empty(), Optional.empty(), false, List.of())));

        assertThat(merged.styles()).containsExactly("blackwork");
        assertThat(merged.evidence()).extracting(StyleEvidence::style).containsExactly("blackwork");
        assertThat(merged.availability()).containsExactly(FLASH);
    }
}

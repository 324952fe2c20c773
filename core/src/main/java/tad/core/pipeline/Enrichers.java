package tad.core.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tad.core.plugins.Loaded;
import tad.plugin.ArtistEvidence;
import tad.plugin.Availability;
import tad.plugin.Enricher;
import tad.plugin.Enrichment;
import tad.plugin.StyleEvidence;

/**
 * The enricher chain: every enabled enricher in order, their results merged (union of styles, evidence and
 * availability).
 */
public final class Enrichers {
    private final List<Loaded<Enricher>> chain;

    public Enrichers(List<Loaded<Enricher>> chain) {
        this.chain = List.copyOf(chain);
    }

    public Enrichment enrich(ArtistEvidence artist) {
        Set<String> styles = new LinkedHashSet<>();
        Set<String> hashtags = new LinkedHashSet<>();
        List<StyleEvidence> evidence = new ArrayList<>();
        List<Availability> availability = new ArrayList<>();
        for (Loaded<Enricher> enricher : chain) {
            Enrichment e = enricher.extension().enrich(artist, enricher.context());
            styles.addAll(e.styles());
            hashtags.addAll(e.hashtags());
            evidence.addAll(e.evidence());
            availability.addAll(e.availability());
        }
        return new Enrichment(styles, hashtags, evidence, availability);
    }
}

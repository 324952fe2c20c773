package tad.core.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import tad.core.plugins.Loaded;
import tad.plugin.ArtistEvidence;
import tad.plugin.Availability;
import tad.plugin.Enricher;
import tad.plugin.Enrichment;
import tad.plugin.Failure;
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

    /** The chain's merged result; an enricher that throws is skipped and its failure only logged. */
    public Enrichment enrich(ArtistEvidence artist) {
        return enrich(artist, failure -> { });
    }

    /**
     * The chain's merged result. An enricher that throws adds nothing for this artist and its failure goes to
     * {@code failures}, with its plugin id; the others still run (the one policy of {@link PluginFailures}).
     */
    public Enrichment enrich(ArtistEvidence artist, Consumer<Failure> failures) {
        List<Enrichment> results = new ArrayList<>();
        for (Loaded<Enricher> enricher : chain) {
            try {
                results.add(enricher.extension().enrich(artist, enricher.context()));
            } catch (RuntimeException thrown) {
                failures.accept(PluginFailures.of(enricher.pluginId(), "an artist", thrown));
            }
        }
        return union(results);
    }

    /**
     * Several enrichments as one: styles, hashtags and availability in first-seen order; the evidence of a style
     * named by several is one entry with the mentions added up and every place listed once.
     */
    static Enrichment union(List<Enrichment> results) {
        Set<String> styles = new LinkedHashSet<>();
        Set<String> hashtags = new LinkedHashSet<>();
        Map<String, StyleEvidence> evidence = new LinkedHashMap<>();
        Set<Availability> availability = new LinkedHashSet<>();
        for (Enrichment e : results) {
            styles.addAll(e.styles());
            hashtags.addAll(e.hashtags());
            e.evidence().forEach(item -> evidence.merge(item.style(), item, Enrichers::together));
            availability.addAll(e.availability());
        }
        return new Enrichment(styles, hashtags, List.copyOf(evidence.values()), List.copyOf(availability));
    }

    private static StyleEvidence together(StyleEvidence a, StyleEvidence b) {
        Set<String> where = new LinkedHashSet<>(a.where());
        where.addAll(b.where());
        return new StyleEvidence(a.style(), a.mentions() + b.mentions(), List.copyOf(where));
    }
}

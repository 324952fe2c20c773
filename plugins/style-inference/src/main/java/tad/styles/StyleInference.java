package tad.styles;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tad.plugin.Enrichment;
import tad.plugin.StyleEvidence;

/**
 * What {@link StyleInferrer} concluded about one profile.
 *
 * @param styles    kept slugs, strongest first (ties in taxonomy order)
 * @param hashtags  the literal SRS rule's output: cleaned, stop-listed bio hashtags
 * @param evidence  one entry per kept style, same order: non-negated mentions and where they were
 * @param rejected  styles that were mentioned but not kept (below the threshold, or ruled out by the bio), with
 *                  their evidence, so a reviewer can see why
 */
public record StyleInference(List<String> styles, Set<String> hashtags, List<StyleEvidence> evidence,
                             List<StyleEvidence> rejected) {

    public StyleInference {
        styles = List.copyOf(styles);
        hashtags = Collections.unmodifiableSet(new LinkedHashSet<>(hashtags)); // keeps bio order
        evidence = List.copyOf(evidence);
        rejected = List.copyOf(rejected);
    }

    public Enrichment toEnrichment() {
        // a linked set keeps the strongest-first order for callers that iterate
        return new Enrichment(Collections.unmodifiableSet(new LinkedHashSet<>(styles)), hashtags, evidence);
    }
}

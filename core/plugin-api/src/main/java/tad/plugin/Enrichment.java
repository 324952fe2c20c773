package tad.plugin;

import java.util.List;
import java.util.Set;

/**
 * Fields an {@link Enricher} derived from a profile.
 *
 * @param styles    canonical style slugs
 * @param hashtags  the cleaned raw hashtags (lowercase, no '#', stop-listed terms removed), kept for transparency
 * @param evidence  one entry per style in {@code styles}
 */
public record Enrichment(Set<String> styles, Set<String> hashtags, List<StyleEvidence> evidence) {

    public static Enrichment empty() {
        return new Enrichment(Set.of(), Set.of(), List.of());
    }
}

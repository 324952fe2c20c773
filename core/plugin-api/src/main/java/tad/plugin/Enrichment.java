package tad.plugin;

import java.util.List;
import java.util.Set;

/**
 * Fields an {@link Enricher} derived from a profile.
 *
 * @param styles       canonical style slugs
 * @param hashtags     the cleaned raw hashtags (lowercase, no '#', stop-listed terms removed), kept for transparency
 * @param evidence     one entry per style in {@code styles}
 * @param availability what the profile says about booking (books open, flash, guest spots), each with its evidence
 */
public record Enrichment(Set<String> styles, Set<String> hashtags, List<StyleEvidence> evidence,
                         List<Availability> availability) {

    public Enrichment {
        availability = List.copyOf(availability);
    }

    /** Styles only, no availability: what a style enricher returns. */
    public Enrichment(Set<String> styles, Set<String> hashtags, List<StyleEvidence> evidence) {
        this(styles, hashtags, evidence, List.of());
    }

    public static Enrichment empty() {
        return new Enrichment(Set.of(), Set.of(), List.of(), List.of());
    }
}

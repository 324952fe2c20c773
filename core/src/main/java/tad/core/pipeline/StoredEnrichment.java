package tad.core.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tad.core.domain.Artist;
import tad.plugin.Enrichment;
import tad.plugin.Sourced;
import tad.plugin.StyleEvidence;

/**
 * What a stored artist's enrichment owes to Instagram, for a run that keeps the stored Instagram content without
 * fetching it: the evidence places that name the studio website are taken out (this run reads the site afresh), and
 * a style only the website named goes with them. Places without a source name come from before evidence was kept
 * per source, when Instagram was the only source, so they stay.
 */
final class StoredEnrichment {
    private static final String WEBSITE_PLACE = Sourced.STUDIO_WEBSITE + " ";

    private StoredEnrichment() {
    }

    static Enrichment instagramPart(Artist artist) {
        Set<String> styles = new LinkedHashSet<>(artist.styles());
        List<StyleEvidence> evidence = new ArrayList<>();
        for (StyleEvidence item : artist.evidence()) {
            List<String> kept = item.where().stream().filter(place -> !place.startsWith(WEBSITE_PLACE)).toList();
            if (kept.stream().allMatch(StoredEnrichment::negated)) {
                styles.remove(item.style());
                continue;
            }
            long removedMentions = item.where().stream()
                    .filter(place -> place.startsWith(WEBSITE_PLACE) && !negated(place)).count();
            evidence.add(new StyleEvidence(item.style(), (int) Math.max(1, item.mentions() - removedMentions), kept));
        }
        return new Enrichment(styles, artist.hashtags(), evidence, artist.availability());
    }

    private static boolean negated(String place) {
        return place.endsWith("(negated)");
    }
}

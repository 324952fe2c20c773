package tad.core.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A portfolio image mirrored into our media store.
 *
 * @param position order among the artist's recent posts (0 = newest)
 * @param altText  a description for screen readers, derived from the artist and styles (never the raw caption)
 */
public record PortfolioImage(String imageId, String sourceId, int position, boolean videoCover,
                             Optional<Instant> takenAt, String altText, List<ImageVariant> variants) {
    public PortfolioImage {
        variants = List.copyOf(variants);
    }
}

package tad.core.search;

import java.util.List;

/** One search result item, shaped like the API's {@code items[]} entry. */
public record ArtistHit(
        String id,
        String name,
        String instagramHandle,
        List<String> styles,
        StudioSummary studio,
        String thumbnailUrl) {
    public ArtistHit {
        styles = List.copyOf(styles);
    }
}

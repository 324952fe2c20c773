package tad.plugin;

import java.util.List;
import java.util.Optional;

/**
 * An artist's public profile as a {@link ProfileSource} fetched it. Every text field is untrusted scraped content.
 */
public record ArtistProfile(
        String instagramHandle,
        Optional<String> fullName,
        String biography,
        Optional<String> profilePictureUrl,
        Optional<String> externalUrl,
        boolean verified,
        List<RemoteImage> images) {

    /** Captions of the recent posts, in post order, for enrichers. */
    public List<String> captions() {
        return images.stream().map(RemoteImage::caption).filter(c -> !c.isBlank()).distinct().toList();
    }
}

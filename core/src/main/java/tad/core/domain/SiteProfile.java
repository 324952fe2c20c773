package tad.core.domain;

import java.util.List;
import java.util.Optional;

/**
 * What a studio's own website says about an artist, as stored: read from the artist's card on a roster page or from
 * their own page, with the images mirrored into our media store. Kept apart from what Instagram says (the artist's
 * {@code bio}, profile picture and portfolio images), so that every part can be shown with its source. Every text is
 * untrusted scraped content.
 *
 * @param studioId    the studio whose site it is
 * @param page        the page it was read on
 * @param bio         the paragraph about the artist; empty when the page had none
 * @param portrait    the artist's photo as we serve it (every size), when the page had one and it could be mirrored
 * @param images      the work shown on the page, mirrored, in page order
 * @param specialisms the styles or specialisms the page names for the artist, as written there
 */
public record SiteProfile(String studioId, String page, String bio, Optional<PortfolioImage> portrait,
                          List<PortfolioImage> images, List<String> specialisms) {

    public SiteProfile {
        bio = bio == null ? "" : bio;
        portrait = portrait == null ? Optional.empty() : portrait;
        images = images == null ? List.of() : List.copyOf(images);
        specialisms = specialisms == null ? List.of() : List.copyOf(specialisms);
    }
}

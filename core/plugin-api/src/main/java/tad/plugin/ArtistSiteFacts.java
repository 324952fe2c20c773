package tad.plugin;

import java.util.List;
import java.util.Optional;

/**
 * What a studio's own website says about one resident artist, read from the artist's card on a roster page or from
 * their own page. Everything is untrusted scraped content: the host escapes the text wherever it is shown and
 * mirrors the images (with robots.txt and politeness) before anyone sees them.
 *
 * @param page          the page the facts were read on (absolute URL)
 * @param bio           the paragraph about the artist, whitespace collapsed; empty when the page had none
 * @param portraitUrl   the artist's photo (absolute URL), when the page shows one
 * @param portfolioUrls the artist's work shown on the page (absolute URLs), in page order
 * @param specialisms   the styles or specialisms the page names for the artist ("Fine line", "Japanese")
 */
public record ArtistSiteFacts(String page, String bio, Optional<String> portraitUrl, List<String> portfolioUrls,
                              List<String> specialisms) {

    public ArtistSiteFacts {
        bio = bio == null ? "" : bio;
        portraitUrl = portraitUrl == null ? Optional.empty() : portraitUrl;
        portfolioUrls = portfolioUrls == null ? List.of() : List.copyOf(portfolioUrls);
        specialisms = specialisms == null ? List.of() : List.copyOf(specialisms);
    }

    /** Only the page: the site named the artist there and said nothing more about them. */
    public static ArtistSiteFacts pageOnly(String page) {
        return new ArtistSiteFacts(page, "", Optional.empty(), List.of(), List.of());
    }

    /** Whether the page said anything about the artist beyond their name and handle. */
    public boolean isEmpty() {
        return bio.isBlank() && portraitUrl.isEmpty() && portfolioUrls.isEmpty() && specialisms.isEmpty();
    }
}

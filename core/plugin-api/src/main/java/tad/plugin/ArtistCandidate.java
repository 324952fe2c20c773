package tad.plugin;

import java.util.Optional;

/**
 * A resident artist found for a studio: a normalised Instagram handle (lowercase, letters, digits, '.', '_', at
 * most 30 characters), the name shown next to it when there was one, the page it was found on, and what the site
 * says about the artist there (their card or their own page), so that the artist can be listed from the studio's
 * site when no profile can be fetched.
 */
public record ArtistCandidate(String instagramHandle, Optional<String> name, String foundOn, ArtistSiteFacts site) {

    public ArtistCandidate {
        site = site == null ? ArtistSiteFacts.pageOnly(foundOn) : site;
    }

    /** A candidate with nothing known beyond its name and the page it was found on. */
    public ArtistCandidate(String instagramHandle, Optional<String> name, String foundOn) {
        this(instagramHandle, name, foundOn, ArtistSiteFacts.pageOnly(foundOn));
    }
}

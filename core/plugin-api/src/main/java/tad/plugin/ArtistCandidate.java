package tad.plugin;

import java.util.Optional;

/**
 * A resident artist found for a studio: a normalised Instagram handle (lowercase, letters, digits, '.', '_', at
 * most 30 characters), the name shown next to it when there was one, and the page it was found on.
 */
public record ArtistCandidate(String instagramHandle, Optional<String> name, String foundOn) {
}

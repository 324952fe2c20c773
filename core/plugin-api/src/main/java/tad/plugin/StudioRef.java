package tad.plugin;

import java.util.Optional;

/** What an {@link ArtistSource} is told about the studio it should look into. */
public record StudioRef(String studioId, String name, Optional<String> websiteUrl, String city) {
}

package tad.plugin;

import java.util.List;
import java.util.Optional;

/**
 * Studio facts read from the studio's own website (preferred over Google-derived values).
 *
 * @param email the contact address the site publishes (a mailto link, JSON-LD {@code email}, or a written address),
 *              where the directory sends its GDPR Art. 14 notice about the artists it lists
 */
public record StudioDetails(
        Optional<String> name,
        Optional<String> address,
        Optional<GeoPoint> location,
        Optional<String> phone,
        Optional<String> email,
        List<String> openingHours,
        Optional<String> instagramHandle) {

    public static StudioDetails none() {
        return new StudioDetails(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), Optional.empty());
    }
}

package tad.plugin;

import java.util.List;
import java.util.Optional;

/** Studio facts read from the studio's own website (preferred over Google-derived values). */
public record StudioDetails(
        Optional<String> name,
        Optional<String> address,
        Optional<GeoPoint> location,
        Optional<String> phone,
        List<String> openingHours,
        Optional<String> instagramHandle) {

    public static StudioDetails none() {
        return new StudioDetails(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                Optional.empty());
    }
}

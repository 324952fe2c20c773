package tad.core.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import tad.plugin.GeoPoint;
import tad.plugin.Sourced;

/**
 * A tattoo studio. Each descriptive field carries its source and fetch time: the studio's own website wins over
 * Google, and Google-derived coordinates are dropped after the retention period.
 *
 * @param email the contact address the studio's own website publishes: where the GDPR Art. 14 notice goes
 */
public record Studio(
        String studioId,
        String source,
        String sourceId,
        Sourced<String> name,
        Optional<Sourced<String>> address,
        Optional<Sourced<GeoPoint>> location,
        Optional<String> website,
        Optional<String> phone,
        Optional<String> email,
        List<String> openingHours,
        Optional<String> instagramHandle,
        String city,
        String country,
        Instant lastSeen) {

    public Studio {
        openingHours = List.copyOf(openingHours);
    }

    public Studio withEmail(Optional<String> newEmail) {
        return new Studio(studioId, source, sourceId, name, address, location, website, phone, newEmail,
                openingHours, instagramHandle, city, country, lastSeen);
    }

    public Studio withLocation(Optional<Sourced<GeoPoint>> newLocation) {
        return new Studio(studioId, source, sourceId, name, address, newLocation, website, phone, email,
                openingHours, instagramHandle, city, country, lastSeen);
    }
}

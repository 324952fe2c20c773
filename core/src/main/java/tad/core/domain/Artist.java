package tad.core.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tad.plugin.Availability;
import tad.plugin.Failure;
import tad.plugin.GeoPoint;
import tad.plugin.StyleEvidence;

/**
 * An artist in the directory.
 *
 * @param bio           the Instagram bio (empty when no profile was fetched)
 * @param profilePicture the Instagram profile picture, mirrored
 * @param website       what the studio's own website says about the artist, when it lists them with more than a
 *                      name: an artist whose profile cannot be fetched is listed from this alone
 * @param studioIds     every studio whose site lists the artist (a guest spot links two)
 * @param styles        canonical style slugs
 * @param hashtags      cleaned raw hashtags, kept for transparency
 * @param availability  what the profile said about booking (books open, flash, guest spots), each with its
 *                      evidence and expiry; shown only while not expired, judged when served or indexed
 * @param location      the primary studio's position, for search
 * @param lastFailure   the last profile fetch failure, if the last fetch failed
 * @param missedRuns    consecutive completed crawls that did not find the artist on any studio site
 * @param failedRuns    consecutive fetches that failed as not found or private
 * @param fetchedAt     when the profile was last fetched successfully (freshness)
 * @param lastSeenRun   the crawl run that last listed the artist on a studio site
 */
public record Artist(
        String artistId,
        String instagramHandle,
        Optional<String> name,
        String bio,
        Optional<ImageVariant> profilePicture,
        Optional<String> externalUrl,
        boolean verified,
        Optional<SiteProfile> website,
        Set<String> studioIds,
        Set<String> styles,
        Set<String> hashtags,
        List<StyleEvidence> evidence,
        List<Availability> availability,
        String city,
        String country,
        Optional<GeoPoint> location,
        ArtistStatus status,
        Optional<Failure> lastFailure,
        int missedRuns,
        int failedRuns,
        Optional<Instant> fetchedAt,
        Instant updatedAt,
        String lastSeenRun) {

    public Artist {
        studioIds = Set.copyOf(studioIds);
        styles = Set.copyOf(styles);
        hashtags = Set.copyOf(hashtags);
        evidence = List.copyOf(evidence);
        availability = List.copyOf(availability);
    }

    /** The fields a visitor sees; two artists with equal content need no rewrite. */
    public List<Object> content() {
        return List.of(instagramHandle, name, bio, profilePicture, externalUrl, verified, website, studioIds, styles,
                hashtags, evidence, availability, city, country, location, status, lastFailure.map(Failure::reason));
    }
}

package tad.core.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tad.core.domain.Artist;
import tad.core.domain.ArtistStatus;
import tad.core.domain.Ids;
import tad.core.domain.ImageVariant;
import tad.core.domain.PortfolioImage;
import tad.core.domain.SiteProfile;
import tad.core.domain.Studio;
import tad.plugin.Availability;
import tad.plugin.GeoPoint;
import tad.plugin.Sourced;
import tad.plugin.StyleEvidence;

/** Sample domain values for the store contract tests. */
public final class Fixtures {
    public static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    private Fixtures() {
    }

    public static Studio studio(String placeId, Instant fetchedAt) {
        return new Studio(Ids.studioId("google-places", placeId), "google-places", placeId,
                new Sourced<>("Studio " + placeId, Sourced.GOOGLE_PLACES, fetchedAt),
                Optional.of(new Sourced<>("1 Briggate, Leeds", Sourced.GOOGLE_PLACES, fetchedAt)),
                Optional.of(new Sourced<>(new GeoPoint(53.7997, -1.5492), Sourced.GOOGLE_PLACES, fetchedAt)),
                Optional.of("http://127.0.0.1:1/"), Optional.of("0113 000 0000"),
                Optional.of("hello@studio-" + placeId.toLowerCase(java.util.Locale.ROOT) + ".example"),
                List.of("Mo-Sa 10:00-18:00"),
                Optional.of("studio.account"), "Leeds", "GB", fetchedAt);
    }

    public static Artist artist(String handle, Set<String> styles, String city, Set<String> studioIds) {
        return new Artist(Ids.artistId(handle), handle, Optional.of("Name of " + handle), "bio #" + handle,
                Optional.of(new ImageVariant("thumb", "/media/x/p.webp", 150, 150, "image/webp", 2048L)),
                Optional.empty(), false, Optional.empty(), studioIds, styles, Set.of("tag"),
                styles.stream().map(s -> new StyleEvidence(s, 1, List.of("bio:#" + s))).toList(), List.of(),
                city, "GB", Optional.of(new GeoPoint(53.8, -1.55)), ArtistStatus.ACTIVE, Optional.empty(), 0, 0,
                Optional.of(T0), T0, "run-1");
    }

    /** The same artist with another status (stale, unavailable). */
    public static Artist withEvidence(Artist a, List<StyleEvidence> evidence) {
        return new Artist(a.artistId(), a.instagramHandle(), a.name(), a.bio(), a.profilePicture(), a.externalUrl(),
                a.verified(), a.website(), a.studioIds(), a.styles(), a.hashtags(), evidence, a.availability(),
                a.city(), a.country(), a.location(), a.status(), a.lastFailure(), a.missedRuns(), a.failedRuns(),
                a.fetchedAt(), a.updatedAt(), a.lastSeenRun());
    }

    public static Artist withStatus(Artist a, ArtistStatus status) {
        return new Artist(a.artistId(), a.instagramHandle(), a.name(), a.bio(), a.profilePicture(), a.externalUrl(),
                a.verified(), a.website(), a.studioIds(), a.styles(), a.hashtags(), a.evidence(), a.availability(),
                a.city(),
                a.country(), a.location(), status, a.lastFailure(), a.missedRuns(), a.failedRuns(), a.fetchedAt(),
                a.updatedAt(), a.lastSeenRun());
    }

    /** The same artist last fetched from their profile source at another time (empty: never). */
    public static Artist withFetchedAt(Artist a, Optional<Instant> fetchedAt) {
        return new Artist(a.artistId(), a.instagramHandle(), a.name(), a.bio(), a.profilePicture(), a.externalUrl(),
                a.verified(), a.website(), a.studioIds(), a.styles(), a.hashtags(), a.evidence(), a.availability(),
                a.city(), a.country(), a.location(), a.status(), a.lastFailure(), a.missedRuns(), a.failedRuns(),
                fetchedAt, a.updatedAt(), a.lastSeenRun());
    }

    /** The same artist under a new Instagram handle (renamed): the id still comes from the old one. */
    public static Artist withHandle(Artist a, String handle) {
        return new Artist(a.artistId(), handle, a.name(), a.bio(), a.profilePicture(), a.externalUrl(),
                a.verified(), a.website(), a.studioIds(), a.styles(), a.hashtags(), a.evidence(), a.availability(),
                a.city(), a.country(), a.location(), a.status(), a.lastFailure(), a.missedRuns(), a.failedRuns(),
                a.fetchedAt(), a.updatedAt(), a.lastSeenRun());
    }

    /** The same artist with what its profile said about booking. */
    public static Artist withAvailability(Artist a, List<Availability> availability) {
        return new Artist(a.artistId(), a.instagramHandle(), a.name(), a.bio(), a.profilePicture(), a.externalUrl(),
                a.verified(), a.website(), a.studioIds(), a.styles(), a.hashtags(), a.evidence(), availability,
                a.city(),
                a.country(), a.location(), a.status(), a.lastFailure(), a.missedRuns(), a.failedRuns(), a.fetchedAt(),
                a.updatedAt(), a.lastSeenRun());
    }

    /** A guest spot stated in a caption of 1 Nov 2026, for 12-14 Jan 2027 in Manchester. */
    public static Availability guestSpot() {
        return new Availability(Availability.Kind.GUEST_SPOT, Optional.of(LocalDate.of(2027, 1, 12)),
                Optional.of(LocalDate.of(2027, 1, 14)), Optional.of("Manchester"),
                "guesting in Manchester 12-14 Jan", "caption 1", LocalDate.of(2026, 11, 1), LocalDate.of(2027, 1, 14));
    }

    /** The same artist as their studio's website shows them: a bio, a portrait, two images and specialisms. */
    public static Artist withWebsite(Artist a, String studioId) {
        SiteProfile website = new SiteProfile(studioId, "http://127.0.0.1:1/artists/" + a.instagramHandle(),
                "Books open for fine line <b>florals</b> & script.",
                Optional.of(image("site-portrait", 0)),
                List.of(image("site-1", 0), image("site-2", 1)), List.of("Fine line", "Script"));
        return new Artist(a.artistId(), a.instagramHandle(), a.name(), a.bio(), a.profilePicture(), a.externalUrl(),
                a.verified(), Optional.of(website), a.studioIds(), a.styles(), a.hashtags(), a.evidence(),
                a.availability(), a.city(), a.country(), a.location(), a.status(), a.lastFailure(), a.missedRuns(),
                a.failedRuns(), a.fetchedAt(), a.updatedAt(), a.lastSeenRun());
    }

    public static PortfolioImage image(String sourceId, int position) {
        return new PortfolioImage(Ids.imageId(sourceId), sourceId, position, false, Optional.of(T0),
                "Tattoo by the artist", List.of(new ImageVariant("thumb", "/media/a/" + sourceId + "/thumb.webp",
                        320, 320, "image/webp", 4096L), new ImageVariant("large",
                        "/media/a/" + sourceId + "/large.webp",
                        1080, 1080, "image/webp", 40960L)));
    }
}

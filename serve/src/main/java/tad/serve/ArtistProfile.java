package tad.serve;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import tad.core.search.AvailabilityEntry;

/**
 * The JSON body of {@code GET /api/artists/{id}}: what a profile page shows, nothing of the crawl bookkeeping. Each
 * part says where it came from: {@code bio}, {@code profilePicture} and {@code images} are what the artist's Instagram
 * profile showed (empty when it could not be fetched); {@code website} is what the studio's own site says about them.
 */
record ArtistProfile(
        String id,
        String name,
        String instagramHandle,
        URI instagramUrl,
        String bio,
        Picture profilePicture,
        List<StudioView> studios,
        List<StyleView> styles,
        List<ImageView> images,
        WebsiteView website,
        Instant lastUpdated,
        List<AvailabilityEntry> availability) {

    /**
     * What the studio's own website says about the artist.
     *
     * @param source     always {@code studio-website}, so that every part of a profile can name its origin
     * @param studioId   the studio whose site it is
     * @param studioName that studio's name
     * @param page       the page it was read on, or null when it is not an http(s) address
     * @param portrait   the artist's photo from the page, mirrored
     */
    record WebsiteView(String source, String studioId, String studioName, String page, String bio,
                       ImageView portrait, List<String> specialisms, List<ImageView> images) {
    }

    /** One stored rendition of an image: where it is and how large, so the page can reserve its space. */
    record Picture(String size, String url, int width, int height, String contentType) {
    }

    record Location(double lat, double lng) {
    }

    record StudioView(String id, String name, String address, String city, String country, Location location,
                      String website) {
    }

    /** A style with why it was inferred: one entry per place it was read, its source kept apart. */
    record StyleView(String slug, String label, List<StyleSource> evidence) {
    }

    /**
     * One place a style was read: {@code source} names where ("instagram bio", "instagram caption 2",
     * "studio-website specialisms"; just "bio" for what was stored before sources were named, null when unknown) and
     * {@code text} the words read there (untrusted scraped text).
     */
    record StyleSource(String source, String text) {
    }

    /** A portfolio image; {@code width}/{@code height} are the largest rendition's, for the aspect ratio. */
    record ImageView(String id, String alt, boolean videoCover, Instant takenAt, int width, int height,
                     List<Picture> sizes) {
    }
}

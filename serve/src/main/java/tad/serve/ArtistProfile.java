package tad.serve;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import tad.core.search.AvailabilityEntry;

/** The JSON body of {@code GET /api/artists/{id}}: what a profile page shows, nothing of the crawl bookkeeping. */
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
        Instant lastUpdated,
        List<AvailabilityEntry> availability) {

    /** One stored rendition of an image: where it is and how large, so the page can reserve its space. */
    record Picture(String size, String url, int width, int height, String contentType) {
    }

    record Location(double lat, double lng) {
    }

    record StudioView(String id, String name, String address, String city, String country, Location location,
                      String website) {
    }

    record StyleView(String slug, String label) {
    }

    /** A portfolio image; {@code width}/{@code height} are the largest rendition's, for the aspect ratio. */
    record ImageView(String id, String alt, boolean videoCover, Instant takenAt, int width, int height,
                     List<Picture> sizes) {
    }
}

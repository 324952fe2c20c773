package tad.media;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tad.core.media.MirroredImage;
import tad.plugin.RemoteImage;

/**
 * What to mirror for one artist after a successful profile fetch.
 *
 * @param artistId        our artist id (not the handle): the key prefix in the store
 * @param images          the artist's current recent images, newest first; the complete list, because every stored
 *                        image of the artist that is not in it (nor the profile picture) is removed
 * @param profilePicture  the profile picture URL, when the profile has one
 * @param alreadyMirrored what the artist record holds from the previous crawl, so stored images are reused
 *                        without downloading or reading them again
 * @param kept            stored images to keep exactly as they are, neither fetched nor removed (a source that was
 *                        not fetched in this run keeps its images)
 */
public record MirrorRequest(String artistId, List<RemoteImage> images, Optional<URI> profilePicture,
                            List<MirroredImage> alreadyMirrored, List<MirroredImage> kept) {

    public MirrorRequest {
        Objects.requireNonNull(artistId, "artistId");
        images = List.copyOf(images);
        Objects.requireNonNull(profilePicture, "profilePicture");
        alreadyMirrored = List.copyOf(alreadyMirrored);
        kept = List.copyOf(kept);
    }

    /** A request that keeps nothing apart from what it asks for. */
    public MirrorRequest(String artistId, List<RemoteImage> images, Optional<URI> profilePicture,
                         List<MirroredImage> alreadyMirrored) {
        this(artistId, images, profilePicture, alreadyMirrored, List.of());
    }

    /** A first crawl of the artist: nothing mirrored yet. */
    public static MirrorRequest firstTime(String artistId, List<RemoteImage> images, Optional<URI> profilePicture) {
        return new MirrorRequest(artistId, images, profilePicture, List.of());
    }
}

package tad.media;

import java.util.List;
import java.util.Optional;
import tad.core.media.MirroredImage;
import tad.plugin.Failure;

/**
 * What one mirror run did for an artist.
 *
 * @param images         the mirrored portfolio images, in the order of the request, failed ones left out
 * @param profilePicture the mirrored profile picture, when there was one and it could be mirrored
 * @param failures       one entry per image that could not be mirrored
 * @param downloaded     images fetched this run
 * @param reused         images already in the store, not fetched again
 * @param removedObjects store objects deleted because their image left the artist's recent posts
 */
public record MirrorResult(List<MirroredImage> images, Optional<MirroredImage> profilePicture,
                           List<ImageFailure> failures, int downloaded, int reused, int removedObjects) {

    public MirrorResult {
        images = List.copyOf(images);
        failures = List.copyOf(failures);
    }

    /**
     * One image that could not be mirrored.
     *
     * @param sourceId the image's id at the source ({@code RemoteImage.id()}, or {@code profile-picture})
     * @param failure  why: NOT_AN_IMAGE, TOO_LARGE, HTTP_ERROR, NOT_FOUND, TIMEOUT, NETWORK...
     */
    public record ImageFailure(String sourceId, Failure failure) {
    }
}

package tad.core.pipeline;

import java.util.List;
import java.util.Optional;
import tad.core.domain.ImageVariant;
import tad.core.domain.PortfolioImage;
import tad.plugin.Failure;
import tad.plugin.PoliteHttp;
import tad.plugin.RemoteImage;

/**
 * Re-hosts an artist's images in our own media store, since source CDN URLs expire and may not be embedded
 * elsewhere. Implementations download each image once, verify it, store web sizes, and remove the artist's
 * images that are no longer listed.
 */
public interface ImageMirror {

    /**
     * @param previous        the artist's images as stored after the last crawl (reused without downloading)
     * @param previousPicture the stored profile picture, if any
     * @param images          the complete current list: stored images of the artist not in it are removed
     */
    Result mirror(String artistId, List<PortfolioImage> previous, Optional<ImageVariant> previousPicture,
                  List<RemoteImage> images, Optional<String> profilePictureUrl, PoliteHttp http);

    /** Mirrored images (in the given order), the profile picture, and per-image failures. */
    record Result(List<PortfolioImage> images, Optional<ImageVariant> profilePicture, List<Failure> failures) {
    }

    /** Mirrors nothing: for runs that only refresh text (and for the style evaluation). */
    ImageMirror NONE = (artistId, previous, previousPicture, images, picture, http) -> new Result(List.of(), Optional.empty(), List.of());
}

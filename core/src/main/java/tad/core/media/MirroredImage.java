package tad.core.media;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An image the directory hosts itself: one source image, stored in every {@link RenditionSize}.
 *
 * @param imageId     the key segment for this image (the source id when it is key-safe, else a hash of it)
 * @param sourceId    the id at the source, e.g. an Instagram shortcode ({@code RemoteImage.id()})
 * @param videoCover  true when this is the cover frame of a video
 * @param takenAt     when it was posted, when known
 * @param renditions  the stored sizes, smallest first
 */
public record MirroredImage(String imageId, String sourceId, boolean videoCover, Optional<Instant> takenAt,
                            List<ImageRendition> renditions) {

    public MirroredImage {
        Objects.requireNonNull(imageId, "imageId");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(takenAt, "takenAt");
        renditions = List.copyOf(renditions);
    }

    /** The rendition of one size, when stored. */
    public Optional<ImageRendition> rendition(RenditionSize size) {
        return renditions.stream().filter(r -> r.size() == size).findFirst();
    }
}

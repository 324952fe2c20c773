package tad.core.media;

import java.util.Objects;

/**
 * One stored size of a mirrored image, with what a page needs to lay it out before it loads.
 *
 * @param size        which web size this is
 * @param key         where it is stored; the public URL is {@link MediaStore#publicPath(MediaKey)}
 * @param width       pixel width of the stored file
 * @param height      pixel height of the stored file
 * @param contentType the stored file's media type, e.g. {@code image/webp}
 * @param bytes       the stored file's length
 */
public record ImageRendition(RenditionSize size, MediaKey key, int width, int height, String contentType,
                             long bytes) {

    public ImageRendition {
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(contentType, "contentType");
        if (width <= 0 || height <= 0 || bytes <= 0) {
            throw new IllegalArgumentException("a rendition has positive width, height and length");
        }
    }
}

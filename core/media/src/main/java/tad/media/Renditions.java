package tad.media;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import net.coobird.thumbnailator.Thumbnails;
import tad.core.media.RenditionSize;

/**
 * Scales a decoded image to a web size with Thumbnailator (progressive bilinear steps, which avoid the aliasing
 * of a single big downscale). An image narrower than the size keeps its own dimensions: never upscaled.
 */
final class Renditions {

    private Renditions() {
    }

    static BufferedImage scale(BufferedImage image, RenditionSize size) {
        int width = image.getWidth();
        if (width <= size.maxWidth()) {
            return image;
        }
        int targetWidth = size.maxWidth();
        int targetHeight = Math.max(1, Math.round(image.getHeight() * (float) targetWidth / width));
        try {
            return Thumbnails.of(image).forceSize(targetWidth, targetHeight).asBufferedImage();
        } catch (IOException e) {
            // Thumbnailator declares IOException for file sources; an in-memory source does no I/O
            throw new UncheckedIOException(e);
        }
    }
}

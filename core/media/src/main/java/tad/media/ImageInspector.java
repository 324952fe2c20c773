package tad.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import tad.plugin.Failure;

/**
 * Checks that downloaded bytes really are one raster image of a sane size, and decodes it: magic bytes first,
 * then the dimensions from the header (before any pixel is allocated), then a full decode. A decoder warning
 * (for example a JPEG cut short) counts as a failure, since the result would be a half-grey picture.
 */
final class ImageInspector {

    /** A decoded image and its source format. */
    record Decoded(BufferedImage pixels, ImageFormat format) {
        int width() {
            return pixels.getWidth();
        }

        int height() {
            return pixels.getHeight();
        }
    }

    /** Width and height as the header states them, read without decoding. */
    record Dimensions(int width, int height) {
    }

    private final ImageLimits limits;

    ImageInspector(ImageLimits limits) {
        this.limits = limits;
    }

    Decoded decode(byte[] bytes) throws ImageRejected {
        ImageFormat format = ImageFormat.sniff(bytes).orElseThrow(
                () -> new ImageRejected(Failure.Reason.NOT_AN_IMAGE, "not a JPEG, PNG, GIF or WebP image"));
        ImageReader reader = readerFor(format);
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(input, true, true);
            checkSize(reader.getWidth(0), reader.getHeight(0));
            AtomicReference<String> warning = new AtomicReference<>();
            reader.addIIOReadWarningListener(warningInto(warning));
            BufferedImage pixels = reader.read(0);
            if (warning.get() != null) {
                throw new ImageRejected(Failure.Reason.NOT_AN_IMAGE, "damaged " + format.readerName() + " data");
            }
            return new Decoded(pixels, format);
        } catch (IOException | RuntimeException e) {
            throw new ImageRejected(Failure.Reason.NOT_AN_IMAGE, format.readerName() + " data does not decode");
        } finally {
            reader.dispose();
        }
    }

    /** The dimensions of an image we stored ourselves (used to describe renditions without decoding them). */
    Dimensions dimensions(byte[] bytes) throws ImageRejected {
        ImageFormat format = ImageFormat.sniff(bytes).orElseThrow(
                () -> new ImageRejected(Failure.Reason.NOT_AN_IMAGE, "stored object is not an image"));
        ImageReader reader = readerFor(format);
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(input, true, true);
            return new Dimensions(reader.getWidth(0), reader.getHeight(0));
        } catch (IOException | RuntimeException e) {
            throw new ImageRejected(Failure.Reason.NOT_AN_IMAGE, "stored image header does not decode");
        } finally {
            reader.dispose();
        }
    }

    private void checkSize(int width, int height) throws ImageRejected {
        if (width <= 0 || height <= 0) {
            throw new ImageRejected(Failure.Reason.NOT_AN_IMAGE, "image has no pixels");
        }
        if (width > limits.maxSide() || height > limits.maxSide() || (long) width * height > limits.maxPixels()) {
            throw new ImageRejected(Failure.Reason.TOO_LARGE, "image is " + width + "x" + height + " pixels");
        }
    }

    private static ImageReader readerFor(ImageFormat format) throws ImageRejected {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.readerName());
        if (!readers.hasNext()) {
            throw new ImageRejected(Failure.Reason.NOT_AN_IMAGE, "no decoder for " + format.readerName());
        }
        return readers.next();
    }

    private static IIOReadWarningListener warningInto(AtomicReference<String> warning) {
        return (source, message) -> warning.compareAndSet(null, message);
    }
}

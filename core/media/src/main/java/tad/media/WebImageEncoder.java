package tad.media;

import com.luciad.imageio.webp.WebPWriteParam;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Encodes renditions for the web: lossy WebP through libwebp (webp-imageio), or JPEG when the native WebP encoder
 * cannot load on this platform. Re-encoding also drops every metadata block of the original (EXIF with GPS
 * position, camera serial, embedded thumbnails), which matters for privacy.
 */
public final class WebImageEncoder {

    private static final Logger LOG = LoggerFactory.getLogger(WebImageEncoder.class);

    /** The output format: the key extension and media type the store and the browser see. */
    public enum Format {
        WEBP("webp", "image/webp"),
        JPEG("jpg", "image/jpeg");

        private final String extension;
        private final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }

        public String extension() {
            return extension;
        }

        public String contentType() {
            return contentType;
        }
    }

    /** Visually close to the original at about a third of a JPEG's size at the same quality setting. */
    private static final float QUALITY = 0.80f;

    private final Format format;

    private WebImageEncoder(Format format) {
        this.format = format;
    }

    /** WebP when the native encoder works here (checked by encoding one pixel), JPEG otherwise, with a warning. */
    public static WebImageEncoder best() {
        WebImageEncoder webp = new WebImageEncoder(Format.WEBP);
        try {
            webp.encode(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB));
            return webp;
        } catch (RuntimeException | LinkageError unavailable) {
            LOG.warn("WebP encoder unavailable on this platform ({}); storing JPEG renditions instead",
                    unavailable.toString());
            return jpeg();
        }
    }

    /** The JPEG fallback, also for tests of the fallback itself. */
    public static WebImageEncoder jpeg() {
        return new WebImageEncoder(Format.JPEG);
    }

    public Format format() {
        return format;
    }

    public byte[] encode(BufferedImage image) {
        ImageWriter writer = writerFor(format);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(output);
            BufferedImage pixels = format == Format.JPEG ? opaque(image) : image;
            writer.write(null, new IIOImage(pixels, null, null), parameters(writer));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode " + format, e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private ImageWriteParam parameters(ImageWriter writer) {
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        if (format == Format.WEBP) {
            param.setCompressionType(param.getCompressionTypes()[WebPWriteParam.LOSSY_COMPRESSION]);
        }
        param.setCompressionQuality(QUALITY);
        return param;
    }

    private static ImageWriter writerFor(Format format) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format == Format.WEBP ? "webp" : "jpeg");
        if (!writers.hasNext()) {
            throw new IllegalStateException("no ImageIO writer for " + format);
        }
        return writers.next();
    }

    /** JPEG has no alpha channel: flatten onto white, as a browser would show a transparent PNG on our pages. */
    private static BufferedImage opaque(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = rgb.createGraphics();
        try {
            graphics.setColor(java.awt.Color.WHITE);
            graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
            graphics.drawImage(image, 0, 0, null);
        } finally {
            graphics.dispose();
        }
        return rgb;
    }
}

package tad.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tad.core.media.RenditionSize;

class WebImageEncoderTest {

    @Test
    void webpIsAvailableOnThisPlatform() {
        WebImageEncoder encoder = WebImageEncoder.best();

        assertThat(encoder.format()).isEqualTo(WebImageEncoder.Format.WEBP);
        byte[] bytes = encoder.encode(TestImages.decode(TestImages.jpeg(64, 48)));
        assertThat(new String(bytes, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(new String(bytes, 8, 4, StandardCharsets.US_ASCII)).isEqualTo("WEBP");
        BufferedImage decoded = TestImages.decode(bytes);
        assertThat(decoded.getWidth()).isEqualTo(64);
        assertThat(decoded.getHeight()).isEqualTo(48);
    }

    /** Not a timing assertion: prints what one Instagram-sized image costs, for docs/media.md. */
    @Test
    void measureOneInstagramSizedImage() throws Exception {
        byte[] original = TestImages.jpeg(1080, 1350);
        ImageInspector inspector = new ImageInspector(ImageLimits.defaults());
        WebImageEncoder webp = WebImageEncoder.best();
        long[] nanos = new long[3];
        long webpBytes = 0;
        for (int i = 0; i < 3; i++) {
            process(inspector, webp, original, new long[3]);
        }
        int rounds = 10;
        for (int i = 0; i < rounds; i++) {
            webpBytes = process(inspector, webp, original, nanos);
        }
        long jpegBytes = process(inspector, WebImageEncoder.jpeg(), original, new long[3]);
        System.out.printf("media: 1080x1350 JPEG (%d KB) -> thumb+large WebP %d KB (as JPEG q0.8: %d KB);"
                + " per image: decode+verify %.1f ms, 2 scales %.1f ms, 2 WebP encodes %.1f ms%n",
                original.length / 1024, webpBytes / 1024, jpegBytes / 1024, nanos[0] / 1e6 / rounds,
                nanos[1] / 1e6 / rounds, nanos[2] / 1e6 / rounds);
        assertThat(webpBytes).isPositive();
    }

    private static long process(ImageInspector inspector, WebImageEncoder encoder, byte[] original, long[] nanos)
            throws ImageRejected {
        long t0 = System.nanoTime();
        BufferedImage pixels = inspector.decode(original).pixels();
        nanos[0] += System.nanoTime() - t0;
        long total = 0;
        for (RenditionSize size : RenditionSize.values()) {
            long t1 = System.nanoTime();
            BufferedImage scaled = Renditions.scale(pixels, size);
            long t2 = System.nanoTime();
            total += encoder.encode(scaled).length;
            nanos[1] += t2 - t1;
            nanos[2] += System.nanoTime() - t2;
        }
        return total;
    }
}

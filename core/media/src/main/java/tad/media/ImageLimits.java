package tad.media;

/**
 * How big a downloaded image may be. The byte cap is enforced by the HTTP client while downloading; the pixel caps
 * are checked from the image header before decoding, so a small file that decodes to a huge raster (a decompression
 * bomb) is refused without allocating it.
 *
 * @param maxDownloadBytes largest response body accepted
 * @param maxSide          largest width or height in pixels
 * @param maxPixels        largest width times height
 */
public record ImageLimits(long maxDownloadBytes, int maxSide, long maxPixels) {

    /** Instagram serves at most 1440 px wide and a few hundred KB; these leave ample room and bound memory. */
    public static ImageLimits defaults() {
        return new ImageLimits(15L * 1024 * 1024, 8_192, 40_000_000L);
    }

    public ImageLimits {
        if (maxDownloadBytes <= 0 || maxSide <= 0 || maxPixels <= 0) {
            throw new IllegalArgumentException("image limits must be positive");
        }
    }
}

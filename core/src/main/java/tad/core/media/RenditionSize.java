package tad.core.media;

import java.util.Locale;

/**
 * The web sizes every mirrored image is stored in. Widths are upper bounds: an image smaller than a size is stored
 * at its own width, never upscaled.
 */
public enum RenditionSize {
    /** Grid and search-result cards. */
    THUMB(320),
    /** The profile page's lightbox; 1080 px is Instagram's own maximum width, so nothing is lost. */
    LARGE(1080);

    private final int maxWidth;

    RenditionSize(int maxWidth) {
        this.maxWidth = maxWidth;
    }

    public int maxWidth() {
        return maxWidth;
    }

    /** The name used in keys and JSON: {@code thumb}, {@code large}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

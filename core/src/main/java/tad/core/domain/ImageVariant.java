package tad.core.domain;

/**
 * One stored rendition of an image in our own media store.
 *
 * @param size  "thumb" or "large"
 * @param path  the URL path we serve it at (never a source CDN URL)
 * @param bytes the stored file's length, so a later crawl can reuse it without reading it again
 */
public record ImageVariant(String size, String path, int width, int height, String contentType, long bytes) {
}

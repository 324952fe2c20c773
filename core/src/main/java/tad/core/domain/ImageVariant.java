package tad.core.domain;

/** One stored rendition of an image in our own media store. {@code path} is the URL path we serve it at. */
public record ImageVariant(String size, String path, int width, int height, String contentType) {
}

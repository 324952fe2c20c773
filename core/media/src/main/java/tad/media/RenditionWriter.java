package tad.media;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tad.core.media.ImageRendition;
import tad.core.media.MediaKey;
import tad.core.media.MediaStore;
import tad.core.media.RenditionSize;

/** Turns downloaded bytes into stored renditions, and describes renditions already stored. */
final class RenditionWriter {

    private final MediaStore store;
    private final ImageInspector inspector;
    private final WebImageEncoder encoder;

    RenditionWriter(MediaStore store, ImageInspector inspector, WebImageEncoder encoder) {
        this.store = store;
        this.inspector = inspector;
        this.encoder = encoder;
    }

    /** Verifies and decodes the original once, then scales, encodes and stores each size (keys in size order). */
    List<ImageRendition> write(byte[] original, List<MediaKey> keys, List<RenditionSize> sizes) throws ImageRejected {
        ImageInspector.Decoded decoded = inspector.decode(original);
        List<ImageRendition> renditions = new ArrayList<>();
        for (int i = 0; i < sizes.size(); i++) {
            var scaled = Renditions.scale(decoded.pixels(), sizes.get(i));
            byte[] encoded = encoder.encode(scaled);
            store.put(keys.get(i), encoded);
            renditions.add(new ImageRendition(sizes.get(i), keys.get(i), scaled.getWidth(), scaled.getHeight(),
                    encoder.format().contentType(), encoded.length));
        }
        return renditions;
    }

    /**
     * Renditions stored by an earlier run that the caller no longer knows about (the crawl stopped between storing
     * the images and saving the artist): read their headers rather than download again. Empty when any is unreadable.
     */
    Optional<List<ImageRendition>> describeStored(List<MediaKey> keys, List<RenditionSize> sizes) {
        List<ImageRendition> renditions = new ArrayList<>();
        for (int i = 0; i < sizes.size(); i++) {
            Optional<byte[]> bytes = store.get(keys.get(i));
            if (bytes.isEmpty()) {
                return Optional.empty();
            }
            try {
                ImageInspector.Dimensions size = inspector.dimensions(bytes.get());
                renditions.add(new ImageRendition(sizes.get(i), keys.get(i), size.width(), size.height(),
                        keys.get(i).contentType(), bytes.get().length));
            } catch (ImageRejected unreadable) {
                return Optional.empty();
            }
        }
        return Optional.of(renditions);
    }
}

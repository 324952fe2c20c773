package tad.media;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import tad.core.media.ImageRendition;
import tad.core.media.MediaStore;
import tad.core.media.MirroredImage;

/**
 * Checks that what an artist record says about its images is true of the store: every rendition exists, decodes as
 * an image, and has the recorded width, height and length. For end-to-end tests after a crawl and for an operator's
 * consistency check; problems are described by key only, never by handle or URL.
 */
public final class MediaAudit {

    private final MediaStore store;
    private final ImageInspector inspector = new ImageInspector(ImageLimits.defaults());

    public MediaAudit(MediaStore store) {
        this.store = store;
    }

    /** One line per problem; empty when every rendition is stored as recorded. */
    public List<String> problems(Collection<MirroredImage> images) {
        List<String> problems = new ArrayList<>();
        for (MirroredImage image : images) {
            for (ImageRendition rendition : image.renditions()) {
                check(rendition).ifPresent(problems::add);
            }
        }
        return problems;
    }

    private Optional<String> check(ImageRendition rendition) {
        Optional<byte[]> bytes = store.get(rendition.key());
        if (bytes.isEmpty()) {
            return Optional.of(rendition.key() + ": missing");
        }
        if (bytes.get().length != rendition.bytes()) {
            return Optional.of(rendition.key() + ": " + bytes.get().length + " bytes, recorded " + rendition.bytes());
        }
        try {
            ImageInspector.Decoded decoded = inspector.decode(bytes.get());
            if (decoded.width() != rendition.width() || decoded.height() != rendition.height()) {
                return Optional.of(rendition.key() + ": " + decoded.width() + "x" + decoded.height() + ", recorded "
                        + rendition.width() + "x" + rendition.height());
            }
            return Optional.empty();
        } catch (ImageRejected rejected) {
            return Optional.of(rendition.key() + ": " + rejected.failure().detail());
        }
    }
}

package tad.media;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tad.core.domain.ImageVariant;
import tad.core.domain.PortfolioImage;
import tad.core.media.ImageRendition;
import tad.core.media.MediaKey;
import tad.core.media.MediaStore;
import tad.core.media.MirroredImage;
import tad.core.media.RenditionSize;
import tad.core.pipeline.ImageMirror;
import tad.plugin.Failure;
import tad.plugin.PoliteHttp;
import tad.plugin.RemoteImage;

/**
 * The crawl pipeline's {@link ImageMirror} on top of {@link MediaMirror}: translates between the stored artist's
 * image records (URL paths we serve) and the media module's records (store keys).
 */
public final class PipelineImageMirror implements ImageMirror {
    private final MediaStore store;
    private final ImageLimits limits;
    private final WebImageEncoder encoder;

    public PipelineImageMirror(MediaStore store, ImageLimits limits, WebImageEncoder encoder) {
        this.store = store;
        this.limits = limits;
        this.encoder = encoder;
    }

    @Override
    public Result mirror(String artistId, List<PortfolioImage> previous, Optional<ImageVariant> previousPicture,
                         List<RemoteImage> images, Optional<String> profilePictureUrl, PoliteHttp http) {
        List<MirroredImage> already = new ArrayList<>();
        previous.forEach(p -> toMirrored(p).ifPresent(already::add));
        Optional<URI> picture = profilePictureUrl.flatMap(PipelineImageMirror::uri);
        MirrorResult result = new MediaMirror(store, http, limits, encoder)
                .mirror(new MirrorRequest(artistId, images, picture, already));
        List<PortfolioImage> mirrored = new ArrayList<>();
        for (int i = 0; i < result.images().size(); i++) {
            mirrored.add(toPortfolio(result.images().get(i), i));
        }
        List<Failure> failures = result.failures().stream().map(MirrorResult.ImageFailure::failure).toList();
        return new Result(mirrored, result.profilePicture().flatMap(p -> p.rendition(RenditionSize.THUMB))
                .map(this::variant), failures);
    }

    private PortfolioImage toPortfolio(MirroredImage image, int position) {
        return new PortfolioImage(image.imageId(), image.sourceId(), position, image.videoCover(), image.takenAt(),
                image.videoCover() ? "Cover frame of a tattoo video" : "Tattoo portfolio image",
                image.renditions().stream().map(this::variant).toList());
    }

    private ImageVariant variant(ImageRendition r) {
        return new ImageVariant(r.size().label(), store.publicPath(r.key()), r.width(), r.height(), r.contentType(),
                r.bytes());
    }

    private static Optional<MirroredImage> toMirrored(PortfolioImage image) {
        List<ImageRendition> renditions = new ArrayList<>();
        for (ImageVariant v : image.variants()) {
            Optional<MediaKey> key = MediaStore.keyOfPublicPath(v.path());
            Optional<RenditionSize> size = sizeOf(v.size());
            if (key.isEmpty() || size.isEmpty() || v.bytes() <= 0) {
                return Optional.empty();
            }
            renditions.add(new ImageRendition(size.get(), key.get(), v.width(), v.height(), v.contentType(), v.bytes()));
        }
        return Optional.of(new MirroredImage(image.imageId(), image.sourceId(), image.videoCover(), image.takenAt(),
                renditions));
    }

    private static Optional<RenditionSize> sizeOf(String label) {
        for (RenditionSize s : RenditionSize.values()) {
            if (s.label().equals(label)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static Optional<URI> uri(String text) {
        try {
            return Optional.of(URI.create(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

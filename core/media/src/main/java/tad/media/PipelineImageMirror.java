package tad.media;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
 * image records (URL paths we serve) and the media module's records (store keys). Instagram's images and the studio
 * website's go through one {@link MediaMirror} call, since every stored image of the artist that the call does not
 * ask for is removed; the result is split back by the source ids asked for. The site's portrait is mirrored in the
 * portfolio sizes, so the page can show it large.
 */
public final class PipelineImageMirror implements ImageMirror {
    /** Source-id prefix of a site's portrait: one photo of the artist, kept apart from their work. */
    private static final String PORTRAIT = "portrait:";

    private final MediaStore store;
    private final ImageLimits limits;
    private final WebImageEncoder encoder;

    public PipelineImageMirror(MediaStore store, ImageLimits limits, WebImageEncoder encoder) {
        this.store = store;
        this.limits = limits;
        this.encoder = encoder;
    }

    @Override
    public Result mirror(String artistId, Request request, PoliteHttp http) {
        List<MirroredImage> already = new ArrayList<>();
        request.previous().forEach(p -> toMirrored(p).ifPresent(already::add));
        List<MirroredImage> kept = new ArrayList<>();
        request.kept().images().forEach(p -> toMirrored(p).ifPresent(kept::add));
        request.kept().picture().flatMap(PipelineImageMirror::pictureToMirrored).ifPresent(kept::add);

        Set<String> siteIds = new HashSet<>();
        List<RemoteImage> images = new ArrayList<>(request.instagram().images());
        request.website().images().forEach(image -> {
            siteIds.add(image.id());
            images.add(image);
        });
        Optional<RemoteImage> portrait = request.website().picture()
                .map(url -> new RemoteImage(PORTRAIT + ImageMirror.siteSourceId(url), url, false, Optional.empty(),
                        ""));
        portrait.ifPresent(images::add);
        Optional<URI> picture = request.instagram().picture().flatMap(PipelineImageMirror::uri);

        MirrorResult result = new MediaMirror(store, http, limits, encoder)
                .mirror(new MirrorRequest(artistId, images, picture, already, kept));
        List<PortfolioImage> instagram = new ArrayList<>(request.kept().images());
        List<PortfolioImage> website = new ArrayList<>();
        Optional<PortfolioImage> mirroredPortrait = Optional.empty();
        for (MirroredImage image : result.images()) {
            if (portrait.isPresent() && image.sourceId().equals(portrait.get().id())) {
                mirroredPortrait = Optional.of(toPortfolio(image, 0, "Portrait of the artist"));
            } else if (siteIds.contains(image.sourceId())) {
                website.add(toPortfolio(image, website.size(), "Tattoo shown on the studio's website"));
            } else {
                instagram.add(toPortfolio(image, instagram.size(), image.videoCover()
                        ? "Cover frame of a tattoo video" : "Tattoo portfolio image"));
            }
        }
        Optional<ImageVariant> profilePicture = result.profilePicture()
                .flatMap(p -> p.rendition(RenditionSize.THUMB)).map(this::variant).or(request.kept()::picture);
        List<Failure> failures = result.failures().stream().map(MirrorResult.ImageFailure::failure).toList();
        return new Result(instagram, profilePicture, website, mirroredPortrait, failures);
    }

    private PortfolioImage toPortfolio(MirroredImage image, int position, String altText) {
        return new PortfolioImage(image.imageId(), image.sourceId(), position, image.videoCover(), image.takenAt(),
                altText, image.renditions().stream().map(this::variant).toList());
    }

    private ImageVariant variant(ImageRendition r) {
        return new ImageVariant(r.size().label(), store.publicPath(r.key()), r.width(), r.height(), r.contentType(),
                r.bytes());
    }

    private static Optional<MirroredImage> toMirrored(PortfolioImage image) {
        List<ImageRendition> renditions = new ArrayList<>();
        for (ImageVariant v : image.variants()) {
            Optional<ImageRendition> rendition = rendition(v);
            if (rendition.isEmpty()) {
                return Optional.empty();
            }
            renditions.add(rendition.get());
        }
        return Optional.of(new MirroredImage(image.imageId(), image.sourceId(), image.videoCover(), image.takenAt(),
                renditions));
    }

    private static Optional<MirroredImage> pictureToMirrored(ImageVariant picture) {
        return rendition(picture).map(r -> new MirroredImage(r.key().imageId(), MediaMirror.PROFILE_PICTURE, false,
                Optional.empty(), List.of(r)));
    }

    private static Optional<ImageRendition> rendition(ImageVariant v) {
        Optional<MediaKey> key = MediaStore.keyOfPublicPath(v.path());
        Optional<RenditionSize> size = sizeOf(v.size());
        if (key.isEmpty() || size.isEmpty() || v.bytes() <= 0) {
            return Optional.empty();
        }
        return Optional.of(new ImageRendition(size.get(), key.get(), v.width(), v.height(), v.contentType(),
                v.bytes()));
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

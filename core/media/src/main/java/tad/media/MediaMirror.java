package tad.media;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tad.core.domain.Ids;
import tad.core.media.ImageRendition;
import tad.core.media.MediaKey;
import tad.core.media.MediaStore;
import tad.core.media.MirroredImage;
import tad.core.media.RenditionSize;
import tad.media.MirrorResult.ImageFailure;
import tad.plugin.PoliteHttp;
import tad.plugin.RemoteImage;

/**
 * Re-hosts an artist's portfolio images and profile picture in our {@link MediaStore}, because the source's CDN
 * URLs expire and may not be embedded. For each image: reuse it when already stored (keyed by its source id, so an
 * unchanged image is never fetched twice), else download it once, check it is a real image of sane size, scale it
 * to each {@link RenditionSize} and store it as WebP. Then delete what the artist no longer shows (images the
 * request keeps are left alone).
 *
 * <p>One bad image never stops the others: it becomes an {@link ImageFailure}. A failing store is not an image
 * problem and is thrown ({@link tad.core.media.MediaStoreException}). Thread-safe when the store and the client
 * are: each call keeps its own state, so several artists can be mirrored at once.
 */
public final class MediaMirror {

    /** The source id recorded for the profile picture, which has no id of its own at the source. */
    public static final String PROFILE_PICTURE = "profile-picture";
    private static final List<RenditionSize> PORTFOLIO_SIZES = List.of(RenditionSize.THUMB, RenditionSize.LARGE);
    /** Avatars show small; Instagram's HD profile picture is 320 px anyway. */
    private static final List<RenditionSize> PROFILE_SIZES = List.of(RenditionSize.THUMB);
    private static final Logger LOG = LoggerFactory.getLogger(MediaMirror.class);

    private final MediaStore store;
    private final ImageDownloader downloader;
    private final RenditionWriter writer;
    private final WebImageEncoder encoder;

    public MediaMirror(MediaStore store, PoliteHttp http, ImageLimits limits, WebImageEncoder encoder) {
        this.store = store;
        this.downloader = new ImageDownloader(http, limits.maxDownloadBytes());
        this.writer = new RenditionWriter(store, new ImageInspector(limits), encoder);
        this.encoder = encoder;
    }

    public MirrorResult mirror(MirrorRequest request) {
        long start = System.nanoTime();
        Run run = new Run(request.artistId(), new HashSet<>(store.listArtist(request.artistId())),
                request.alreadyMirrored().stream()
                        .collect(Collectors.toMap(MirroredImage::imageId, Function.identity(), (a, b) -> a)));
        List<MirroredImage> images = new ArrayList<>();
        for (RemoteImage image : distinctById(request.images())) {
            Wanted wanted = new Wanted(Ids.imageId(image.id()), image.id(), image.videoCover(), image.takenAt(),
                    PORTFOLIO_SIZES);
            run.mirror(wanted, image.url()).ifPresent(images::add);
        }
        Optional<MirroredImage> profilePicture = request.profilePicture().flatMap(url -> run.mirror(
                new Wanted(profilePictureId(url), PROFILE_PICTURE, false, Optional.empty(), PROFILE_SIZES),
                url.toString()));
        request.kept().forEach(image -> image.renditions().forEach(r -> run.wantedKeys.add(r.key())));
        int removed = run.removeUnwanted();
        LOG.info("media of artist {}: {} downloaded, {} reused, {} failed, {} objects removed, {} ms",
                request.artistId(), run.downloaded, run.reused, run.failures.size(), removed,
                (System.nanoTime() - start) / 1_000_000);
        return new MirrorResult(images, profilePicture, run.failures, run.downloaded, run.reused, removed);
    }

    /**
     * The profile picture's URL path names the picture; the host (one of many CDN edges) and the query (a signature
     * that expires) change from fetch to fetch. So the same picture keeps its key, and a new picture gets a new key,
     * which retires the old.
     */
    private static String profilePictureId(URI url) {
        return Ids.imageId(PROFILE_PICTURE + ":" + url.getPath());
    }

    private static List<RemoteImage> distinctById(List<RemoteImage> images) {
        Map<String, RemoteImage> byId = new LinkedHashMap<>();
        images.forEach(image -> byId.putIfAbsent(image.id(), image));
        return List.copyOf(byId.values());
    }

    /** One image to have in the store, in the given sizes. */
    private record Wanted(String imageId, String sourceId, boolean videoCover, Optional<Instant> takenAt,
                          List<RenditionSize> sizes) {
    }

    /** The state of one mirror call: what the store held, what is wanted, and the tallies. */
    private final class Run {
        private final String artistId;
        private final Set<MediaKey> stored;
        private final Map<String, MirroredImage> known;
        private final Set<MediaKey> wantedKeys = new HashSet<>();
        private final List<ImageFailure> failures = new ArrayList<>();
        private int downloaded;
        private int reused;

        Run(String artistId, Set<MediaKey> stored, Map<String, MirroredImage> known) {
            this.artistId = artistId;
            this.stored = stored;
            this.known = known;
        }

        Optional<MirroredImage> mirror(Wanted wanted, String url) {
            List<MediaKey> keys = wanted.sizes().stream()
                    .map(size -> MediaKey.of(artistId, wanted.imageId(), size.label(), encoder.format().extension()))
                    .toList();
            wantedKeys.addAll(keys);
            try {
                Optional<List<ImageRendition>> existing = stored.containsAll(keys) ? storedRenditions(wanted, keys)
                        : Optional.empty();
                if (existing.isPresent()) {
                    reused++;
                    return Optional.of(image(wanted, existing.get()));
                }
                List<ImageRendition> renditions = writer.write(downloader.download(url), keys, wanted.sizes());
                downloaded++;
                return Optional.of(image(wanted, renditions));
            } catch (ImageRejected rejected) {
                failures.add(new ImageFailure(wanted.sourceId(), rejected.failure()));
                LOG.debug("artist {} image {} not mirrored: {}", artistId, wanted.imageId(), rejected.failure());
                return Optional.empty();
            }
        }

        /** The previous record when it matches the stored keys; else the stored files' own dimensions. */
        private Optional<List<ImageRendition>> storedRenditions(Wanted wanted, List<MediaKey> keys) {
            MirroredImage previous = known.get(wanted.imageId());
            if (previous != null && previous.renditions().stream().map(ImageRendition::key).toList().equals(keys)) {
                return Optional.of(previous.renditions());
            }
            return writer.describeStored(keys, wanted.sizes());
        }

        private MirroredImage image(Wanted wanted, List<ImageRendition> renditions) {
            return new MirroredImage(wanted.imageId(), wanted.sourceId(), wanted.videoCover(), wanted.takenAt(),
                    renditions);
        }

        int removeUnwanted() {
            int removed = 0;
            for (MediaKey key : stored) {
                if (!wantedKeys.contains(key) && store.delete(key)) {
                    removed++;
                }
            }
            return removed;
        }
    }
}

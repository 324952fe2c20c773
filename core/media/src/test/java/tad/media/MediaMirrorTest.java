package tad.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tad.core.http.PoliteHttpClient;
import tad.core.media.ImageRendition;
import tad.core.media.MediaKey;
import tad.core.media.MirroredImage;
import tad.core.media.RenditionSize;
import tad.media.MirrorResult.ImageFailure;
import tad.plugin.Failure;
import tad.plugin.RemoteImage;

/** Real image bytes over real HTTP, through the production PoliteHttp client, into a store. */
class MediaMirrorTest {

    private static final Instant TAKEN = Instant.parse("2026-10-01T12:00:00Z");

    private ImageServer server;
    private PoliteHttpClient http;
    private LocalMediaStore store;
    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path mediaRoot;
    private MediaMirror mirror;

    @BeforeEach
    void start() throws Exception {
        server = new ImageServer();
        http = ImageServer.client();
        store = new LocalMediaStore(mediaRoot);
        mirror = new MediaMirror(store, http, ImageLimits.defaults(), WebImageEncoder.best());
    }

    @AfterEach
    void stop() throws Exception {
        http.close();
        server.close();
    }

    @Test
    void imagesAreStoredAsWebpInWebSizesWithTheirDimensions() {
        RemoteImage photo = image("CxPhoto1", server.serve("/p/1.jpg", "image/jpeg", TestImages.jpeg(2000, 1500)));
        RemoteImage small = image("CxSmall2", server.serve("/p/2.png", "image/png", TestImages.png(200, 100)));

        MirrorResult result = mirror.mirror(MirrorRequest.firstTime("a1", List.of(photo, small), Optional.empty()));

        assertThat(result.failures()).isEmpty();
        assertThat(result.downloaded()).isEqualTo(2);
        MirroredImage first = result.images().get(0);
        assertThat(first.sourceId()).isEqualTo("CxPhoto1");
        assertThat(first.takenAt()).contains(TAKEN);
        assertStored(first.rendition(RenditionSize.THUMB).orElseThrow(), 320, 240);
        assertStored(first.rendition(RenditionSize.LARGE).orElseThrow(), 1080, 810);
        // smaller than both sizes: kept at its own size, never upscaled
        MirroredImage second = result.images().get(1);
        assertStored(second.rendition(RenditionSize.THUMB).orElseThrow(), 200, 100);
        assertStored(second.rendition(RenditionSize.LARGE).orElseThrow(), 200, 100);
    }

    @Test
    void anImageAlreadyStoredIsNotDownloadedAgain() {
        List<RemoteImage> images = List.of(
                image("CxPhoto1", server.serve("/p/1.jpg", "image/jpeg", TestImages.jpeg(1200, 1500))));
        MirrorResult first = mirror.mirror(MirrorRequest.firstTime("a1", images, Optional.empty()));

        MirrorResult second = mirror.mirror(new MirrorRequest("a1", images, Optional.empty(), first.images()));
        // the artist record was lost (a crash before it was saved): the stored files still spare the download
        MirrorResult third = mirror.mirror(MirrorRequest.firstTime("a1", images, Optional.empty()));

        assertThat(server.hits("/p/1.jpg")).isEqualTo(1);
        assertThat(second.reused()).isEqualTo(1);
        assertThat(second.images()).isEqualTo(first.images());
        assertThat(third.reused()).isEqualTo(1);
        assertThat(third.images()).isEqualTo(first.images());
    }

    @Test
    void imagesThatLeftTheRecentPostsAreRemovedFromTheStore() {
        RemoteImage old = image("CxOld", server.serve("/p/old.jpg", "image/jpeg", TestImages.jpeg(400, 400)));
        RemoteImage kept = image("CxKept", server.serve("/p/kept.jpg", "image/jpeg", TestImages.jpeg(400, 400)));
        MirrorResult first = mirror.mirror(MirrorRequest.firstTime("a1", List.of(old, kept), Optional.empty()));
        List<MediaKey> oldKeys = first.images().get(0).renditions().stream().map(ImageRendition::key).toList();

        MirrorResult second = mirror.mirror(new MirrorRequest("a1", List.of(kept), Optional.empty(), first.images()));

        assertThat(second.removedObjects()).isEqualTo(2);
        assertThat(oldKeys).noneMatch(store::exists);
        assertThat(second.images()).extracting(MirroredImage::sourceId).containsExactly("CxKept");
        assertThat(store.listArtist("a1")).hasSize(2);
    }

    @Test
    void badImagesAreRecordedAndTheOthersStillMirrored() {
        byte[] goodJpeg = TestImages.jpeg(800, 600);
        List<RemoteImage> images = List.of(
                image("html", server.serve("/p/login", "image/jpeg",
                        "<!DOCTYPE html><html><body>Log in</body></html>".getBytes(StandardCharsets.UTF_8))),
                image("svg", server.serve("/p/x.svg", "image/svg+xml",
                        "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>".getBytes())),
                image("truncated", server.serve("/p/t.jpg", "image/jpeg",
                        java.util.Arrays.copyOf(goodJpeg, goodJpeg.length / 3))),
                image("wide", server.serve("/p/wide.png", "image/png", TestImages.png(9000, 2))),
                image("gone", server.serveStatus("/p/gone.jpg", 404)),
                image("broken", server.serveStatus("/p/broken.jpg", 503)),
                image("nonsense", "javascript:alert(1)"),
                image("good", server.serve("/p/good.jpg", "image/jpeg", goodJpeg)));

        MirrorResult result = mirror.mirror(MirrorRequest.firstTime("a1", images, Optional.empty()));

        assertThat(result.images()).extracting(MirroredImage::sourceId).containsExactly("good");
        assertThat(result.failures()).extracting(ImageFailure::sourceId, f -> f.failure().reason()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("html", Failure.Reason.NOT_AN_IMAGE),
                org.assertj.core.groups.Tuple.tuple("svg", Failure.Reason.NOT_AN_IMAGE),
                org.assertj.core.groups.Tuple.tuple("truncated", Failure.Reason.NOT_AN_IMAGE),
                org.assertj.core.groups.Tuple.tuple("wide", Failure.Reason.TOO_LARGE),
                org.assertj.core.groups.Tuple.tuple("gone", Failure.Reason.NOT_FOUND),
                org.assertj.core.groups.Tuple.tuple("broken", Failure.Reason.HTTP_ERROR),
                org.assertj.core.groups.Tuple.tuple("nonsense", Failure.Reason.UNEXPECTED_FORMAT));
        assertThat(store.listArtist("a1")).hasSize(2);
    }

    @Test
    void aDownloadOverTheByteCapIsTooLarge() {
        MediaMirror strict = new MediaMirror(store, http, new ImageLimits(10_000, 8_192, 40_000_000L),
                WebImageEncoder.best());
        RemoteImage big = image("big", server.serve("/p/big.png", "image/png", TestImages.png(1000, 1000)));

        MirrorResult result = strict.mirror(MirrorRequest.firstTime("a1", List.of(big), Optional.empty()));

        assertThat(result.failures()).singleElement()
                .satisfies(f -> assertThat(f.failure().reason()).isEqualTo(Failure.Reason.TOO_LARGE));
    }

    @Test
    void theProfilePictureIsKeptByItsPathAndReplacedWhenItChanges() {
        URI picture = URI.create(server.serve("/pic/100_n.jpg", "image/jpeg", TestImages.jpeg(320, 320)));
        MirrorResult first = mirror.mirror(MirrorRequest.firstTime("a1", List.of(), Optional.of(picture)));
        // same picture from another CDN edge (localhost instead of 127.0.0.1), newly signed: reused
        URI resigned = URI.create(server.url("/pic/100_n.jpg").replace("127.0.0.1", "localhost") + "?oe=FFFF0000");
        MirrorResult again = mirror.mirror(MirrorRequest.firstTime("a1", List.of(), Optional.of(resigned)));
        URI changed = URI.create(server.serve("/pic/200_n.jpg", "image/jpeg", TestImages.jpeg(640, 640)));
        MirrorResult replaced = mirror.mirror(MirrorRequest.firstTime("a1", List.of(), Optional.of(changed)));

        MirroredImage firstPicture = first.profilePicture().orElseThrow();
        assertThat(firstPicture.sourceId()).isEqualTo(MediaMirror.PROFILE_PICTURE);
        assertThat(firstPicture.renditions()).extracting(ImageRendition::size).containsExactly(RenditionSize.THUMB);
        assertThat(again.reused()).isEqualTo(1);
        assertThat(server.hits("/pic/100_n.jpg")).isEqualTo(1);
        assertStored(replaced.profilePicture().orElseThrow().renditions().get(0), 320, 320);
        assertThat(replaced.removedObjects()).isEqualTo(1);
        assertThat(store.listArtist("a1")).hasSize(1);
    }

    @Test
    void videoCoversAreMarkedAndDuplicateIdsMirroredOnce() {
        String url = server.serve("/v/cover.jpg", "image/jpeg", TestImages.jpeg(640, 800));
        RemoteImage cover = new RemoteImage("CxVideo", url, true, Optional.empty(), "");

        MirrorResult result = mirror.mirror(MirrorRequest.firstTime("a1", List.of(cover, cover), Optional.empty()));

        assertThat(result.images()).singleElement().satisfies(image -> {
            assertThat(image.videoCover()).isTrue();
            assertThat(image.takenAt()).isEmpty();
        });
        assertThat(server.hits("/v/cover.jpg")).isEqualTo(1);
    }

    @Test
    void theJpegFallbackStoresJpegRenditions() {
        MediaMirror jpegMirror = new MediaMirror(store, http, ImageLimits.defaults(),
                WebImageEncoder.jpeg());
        RemoteImage photo = image("CxPng", server.serve("/p/alpha.png", "image/png", TestImages.png(500, 250)));

        MirrorResult result = jpegMirror.mirror(MirrorRequest.firstTime("a1", List.of(photo), Optional.empty()));

        ImageRendition thumb = result.images().get(0).rendition(RenditionSize.THUMB).orElseThrow();
        assertThat(thumb.key().value()).endsWith("/thumb.jpg");
        assertThat(thumb.contentType()).isEqualTo("image/jpeg");
        assertStored(thumb, 320, 160);
    }

    @Test
    void theAuditFindsEveryRecordedRenditionAsRecordedAndReportsTampering() {
        RemoteImage photo = image("CxPhoto1", server.serve("/p/1.jpg", "image/jpeg", TestImages.jpeg(1500, 1000)));
        MirrorResult result = mirror.mirror(MirrorRequest.firstTime("a1", List.of(photo), Optional.empty()));
        MediaAudit audit = new MediaAudit(store);

        assertThat(audit.problems(result.images())).isEmpty();

        ImageRendition thumb = result.images().get(0).rendition(RenditionSize.THUMB).orElseThrow();
        store.put(thumb.key(), "<html>".getBytes(StandardCharsets.UTF_8));
        store.delete(result.images().get(0).rendition(RenditionSize.LARGE).orElseThrow().key());
        assertThat(audit.problems(result.images())).hasSize(2)
                .anySatisfy(problem -> assertThat(problem).endsWith("large.webp: missing"));
    }

    private RemoteImage image(String id, String url) {
        return new RemoteImage(id, url, false, Optional.of(TAKEN), "caption with @someone");
    }

    private void assertStored(ImageRendition rendition, int width, int height) {
        assertThat(rendition.width()).isEqualTo(width);
        assertThat(rendition.height()).isEqualTo(height);
        byte[] bytes = store.get(rendition.key()).orElseThrow();
        assertThat(rendition.bytes()).isEqualTo(bytes.length);
        if (rendition.contentType().equals("image/webp")) {
            assertThat(new String(bytes, 8, 4, StandardCharsets.US_ASCII)).isEqualTo("WEBP");
        }
        BufferedImage decoded = TestImages.decode(bytes);
        assertThat(decoded.getWidth()).isEqualTo(width);
        assertThat(decoded.getHeight()).isEqualTo(height);
    }
}

package tad.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tad.core.domain.PortfolioImage;
import tad.core.http.PoliteHttpClient;
import tad.core.pipeline.ImageMirror;
import tad.core.pipeline.ImageMirror.Kept;
import tad.core.pipeline.ImageMirror.Request;
import tad.core.pipeline.ImageMirror.Wanted;
import tad.plugin.RemoteImage;

/** Instagram's images and a studio site's in one mirror, real bytes over real HTTP into a local store. */
class PipelineImageMirrorTest {

    private ImageServer server;
    private PoliteHttpClient http;
    private LocalMediaStore store;
    @TempDir
    java.nio.file.Path mediaRoot;
    private PipelineImageMirror mirror;

    @BeforeEach
    void start() throws Exception {
        server = new ImageServer();
        http = ImageServer.client();
        store = new LocalMediaStore(mediaRoot);
        mirror = new PipelineImageMirror(store, ImageLimits.defaults(), WebImageEncoder.best());
    }

    @AfterEach
    void stop() throws Exception {
        http.close();
        server.close();
    }

    @Test
    void theSitesWorkAndPortraitAreMirroredApartFromInstagramsImages() {
        Wanted instagram = new Wanted(List.of(new RemoteImage("CxPost1",
                server.serve("/ig/1.jpg", "image/jpeg", TestImages.jpeg(1080, 1080)), false, Optional.empty(), "")),
                Optional.of(server.serve("/ig/pic_n.jpg", "image/jpeg", TestImages.jpeg(320, 320))));
        // Squarespace asks for a size in the query: the same picture whatever the query
        Wanted site = Wanted.ofSite(List.of(server.serve("/s/work-1.jpg", "image/jpeg", TestImages.jpeg(800, 600))
                + "?format=750w", server.serve("/s/work-2.png", "image/png", TestImages.png(600, 600))),
                Optional.of(server.serve("/s/mara.jpg", "image/jpeg", TestImages.jpeg(500, 700))));

        ImageMirror.Result result = mirror.mirror("a1", new Request(List.of(), instagram, Kept.NONE, site), http);

        assertThat(result.failures()).isEmpty();
        assertThat(result.instagram()).extracting(PortfolioImage::sourceId).containsExactly("CxPost1");
        assertThat(result.profilePicture()).isPresent();
        assertThat(result.website()).extracting(PortfolioImage::sourceId)
                .containsExactly(server.url("/s/work-1.jpg").replaceFirst("^", "site:"),
                        server.url("/s/work-2.png").replaceFirst("^", "site:"));
        assertThat(result.website()).extracting(PortfolioImage::position).containsExactly(0, 1);
        PortfolioImage portrait = result.portrait().orElseThrow();
        assertThat(portrait.altText()).isEqualTo("Portrait of the artist");
        assertThat(portrait.variants()).extracting(v -> v.width()).contains(500);
        assertThat(portrait.variants()).allMatch(v -> v.path().startsWith("/media/artists/a1/"));
    }

    @Test
    void keptInstagramImagesSurviveARunThatMirrorsOnlyTheSiteAndGoWhenNotKept() {
        Wanted instagram = new Wanted(List.of(new RemoteImage("CxPost1",
                server.serve("/ig/1.jpg", "image/jpeg", TestImages.jpeg(640, 640)), false, Optional.empty(), "")),
                Optional.of(server.serve("/ig/pic_n.jpg", "image/jpeg", TestImages.jpeg(320, 320))));
        Wanted site = Wanted.ofSite(List.of(server.serve("/s/w.jpg", "image/jpeg", TestImages.jpeg(600, 600))),
                Optional.empty());
        ImageMirror.Result fetched = mirror.mirror("a1", new Request(List.of(), instagram, Kept.NONE, site), http);
        List<PortfolioImage> previous = new ArrayList<>(fetched.instagram());
        previous.addAll(fetched.website());
        int stored = store.listArtist("a1").size();

        Kept kept = new Kept(fetched.instagram(), fetched.profilePicture());
        ImageMirror.Result deferred = mirror.mirror("a1", new Request(previous, Wanted.NONE, kept, site), http);

        assertThat(deferred.instagram()).isEqualTo(fetched.instagram());
        assertThat(deferred.profilePicture()).isEqualTo(fetched.profilePicture());
        assertThat(store.listArtist("a1")).hasSize(stored);
        assertThat(server.hits("/s/w.jpg")).isEqualTo(1);

        ImageMirror.Result wentPrivate = mirror.mirror("a1", new Request(previous, Wanted.NONE, Kept.NONE, site),
                http);
        assertThat(wentPrivate.instagram()).isEmpty();
        assertThat(wentPrivate.profilePicture()).isEmpty();
        assertThat(store.listArtist("a1")).hasSize(2).allMatch(key -> key.imageId()
                .equals(wentPrivate.website().get(0).imageId()));
    }

    @Test
    void aSiteImageThatIsNotAnImageIsAFailureAndTheRestGoOn() {
        Wanted site = Wanted.ofSite(List.of(server.serve("/s/page.html", "text/html", "<html>".getBytes()),
                server.serve("/s/ok.jpg", "image/jpeg", TestImages.jpeg(400, 400))), Optional.empty());

        ImageMirror.Result result = mirror.mirror("a1", new Request(List.of(), Wanted.NONE, Kept.NONE, site), http);

        assertThat(result.website()).hasSize(1);
        assertThat(result.failures()).hasSize(1);
    }
}

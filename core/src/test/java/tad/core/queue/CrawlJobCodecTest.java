package tad.core.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tad.core.queue.CrawlJob.ProfileJob;
import tad.core.queue.CrawlJob.StudioJob;
import tad.plugin.ArtistSiteFacts;

/** The message format other tools (and the docs) rely on. */
class CrawlJobCodecTest {

    @Test
    void aStudioJobIsFlatJsonWithItsType() {
        assertThat(CrawlJobCodec.encode(new StudioJob("r1", "places:abc", "Leeds", "GB")))
                .isEqualTo("{\"type\":\"studio\",\"runId\":\"r1\",\"studioId\":\"places:abc\",\"city\":\"Leeds\","
                        + "\"country\":\"GB\"}");
    }

    @Test
    void aProfileJobWithoutACandidateNameWritesNull() throws Exception {
        ProfileJob job = new ProfileJob("r1", "mara.ink", Optional.empty(), "places:abc", "Leeds", "GB");
        String body = CrawlJobCodec.encode(job);
        assertThat(body).startsWith("{\"type\":\"profile\"").contains("\"candidateName\":null");
        assertThat(CrawlJobCodec.decode(body)).isEqualTo(job);
    }

    @Test
    void aHandWrittenProfileJobWithoutTheOptionalFieldIsAccepted() throws Exception {
        assertThat(CrawlJobCodec.decode("{\"type\":\"profile\",\"runId\":\"r1\",\"handle\":\"mara.ink\","
                + "\"studioId\":\"s1\",\"city\":\"Leeds\",\"country\":\"GB\",\"addedLater\":1}"))
                .isEqualTo(new ProfileJob("r1", "mara.ink", Optional.empty(), "s1", "Leeds", "GB"));
    }

    @Test
    void aProfileJobCarriesWhatTheStudiosSiteSaysAboutTheArtist() throws Exception {
        ArtistSiteFacts site = new ArtistSiteFacts("https://studio.example/artists/mara", "Mara tattoos fine line.",
                Optional.of("https://studio.example/img/mara.jpg"), List.of("https://studio.example/img/1.jpg"),
                List.of("Fine line"));
        ProfileJob job = new ProfileJob("r1", "mara.ink", Optional.of("Mara"), "s1", "Leeds", "GB",
                Optional.of(site));

        ProfileJob decoded = (ProfileJob) CrawlJobCodec.decode(CrawlJobCodec.encode(job));

        assertThat(decoded).isEqualTo(job);
        assertThat(decoded.candidate().site()).isEqualTo(site);
        assertThat(decoded.candidate().foundOn()).isEqualTo("https://studio.example/artists/mara");
    }

    @Test
    void garbageIsAMalformedJobWithAReason() {
        for (String body : List.of("", "null", "[1,2]", "{\"runId\":\"r\"}", "{\"type\":\"studio\"}",
                "{\"type\":\"studio\",\"runId\":\"r\",\"studioId\":\"  \",\"city\":\"Leeds\",\"country\":\"GB\"}")) {
            assertThatThrownBy(() -> CrawlJobCodec.decode(body)).as(body)
                    .isInstanceOf(MalformedJobException.class).hasMessageNotContaining("\n");
        }
    }
}

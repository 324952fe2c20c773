package tad.plugins.instagram;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static tad.plugins.instagram.WireMockInstagram.fetch;
import static tad.plugins.instagram.WireMockInstagram.json;
import static tad.plugins.instagram.WireMockInstagram.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tad.plugin.ArtistProfile;
import tad.plugin.ProfileResult;
import tad.plugin.RemoteImage;

/** Profiles that are there: what is read from the real-shaped payload, and how the request looks. */
class InstagramProfileSourceTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockInstagram.server();

    @Test
    void carouselChildrenBecomeSeparateImagesWithTheirPostsCaptionAndVideoChildrenBecomeCovers() throws Exception {
        String body = SampleCityPayloads.payload("hx_dotwork", wm.baseUrl());
        wm.stubFor(profile("hx_dotwork").willReturn(json(200, body)));

        ArtistProfile profile = found(fetch(wm, "hx_dotwork"));

        JsonNode carousel = edges(body).get(2).get("node");
        String shortcode = carousel.get("shortcode").asText();
        List<RemoteImage> children = profile.images().subList(2, 5);
        assertThat(children).extracting(RemoteImage::id)
                .containsExactly(shortcode + "-1", shortcode + "-2", shortcode + "-3");
        assertThat(children).extracting(RemoteImage::videoCover).containsExactly(false, true, false);
        assertThat(children).extracting(RemoteImage::caption)
                .allMatch(c -> c.contains("#ornamentaltattoo"));
        JsonNode childNodes = carousel.get("edge_sidecar_to_children").get("edges");
        assertThat(children.get(1).url()).isEqualTo(childNodes.get(1).get("node").get("display_url").asText());
        assertThat(children.get(0).takenAt())
                .contains(Instant.ofEpochSecond(carousel.get("taken_at_timestamp").asLong()));
    }

    @Test
    void readsTheProfileFieldsRawAndKeepsPostOrder() throws Exception {
        String body = SampleCityPayloads.payload("hx_dotwork", wm.baseUrl());
        wm.stubFor(profile("hx_dotwork").willReturn(json(200, body)));

        ArtistProfile profile = found(fetch(wm, "hx_dotwork"));

        JsonNode user = new ObjectMapper().readTree(body).get("data").get("user");
        assertThat(profile.instagramHandle()).isEqualTo("hx_dotwork");
        assertThat(profile.fullName()).contains("Hana Ex");
        assertThat(profile.biography()).isEqualTo(user.get("biography").asText()).contains("dotwork");
        assertThat(profile.profilePictureUrl()).contains(user.get("profile_pic_url_hd").asText());
        assertThat(profile.externalUrl()).contains("https://hollowpine.example/hana");
        assertThat(profile.verified()).isFalse();
        assertThat(profile.images().get(0).id()).isEqualTo(edges(body).get(0).get("node").get("shortcode").asText());
        assertThat(profile.captions()).first().asString().contains("#dotwork");
    }

    @Test
    void aVideoPostKeepsItsCoverMarkedAsSuch() throws Exception {
        String body = SampleCityPayloads.payload("anime.ash.ink", wm.baseUrl());
        wm.stubFor(profile("anime.ash.ink").willReturn(json(200, body)));

        ArtistProfile profile = found(fetch(wm, "anime.ash.ink"));

        JsonNode video = edges(body).get(2).get("node");
        assertThat(video.get("__typename").asText()).isEqualTo("GraphVideo");
        RemoteImage cover = profile.images().stream().filter(RemoteImage::videoCover).findFirst().orElseThrow();
        assertThat(cover.id()).isEqualTo(video.get("shortcode").asText());
        assertThat(cover.url()).isEqualTo(video.get("display_url").asText()).doesNotContain(".mp4");
        assertThat(profile.images()).hasSize(6);
    }

    @Test
    void videosAreSkippedWhenCoversAreNotWanted() throws Exception {
        wm.stubFor(profile("anime.ash.ink").willReturn(json(200, SampleCityPayloads.payload("anime.ash.ink",
                wm.baseUrl()))));

        ArtistProfile profile = found(fetch(wm, "anime.ash.ink", "keep-video-covers", "false"));

        assertThat(profile.images()).hasSize(5).noneMatch(RemoteImage::videoCover);
    }

    @Test
    void keepsAtMostMaxImagesCountingCarouselChildren() throws Exception {
        wm.stubFor(profile("serpent.kaito").willReturn(json(200, SampleCityPayloads.payload("serpent.kaito",
                wm.baseUrl()))));
        wm.stubFor(profile("anime.ash.ink").willReturn(json(200, SampleCityPayloads.payload("anime.ash.ink",
                wm.baseUrl()))));

        assertThat(found(fetch(wm, "serpent.kaito")).images()).hasSize(InstagramConfig.DEFAULT_MAX_IMAGES);
        assertThat(found(fetch(wm, "anime.ash.ink", "max-images", "3")).images()).extracting(RemoteImage::id)
                .hasSize(3).last().asString().endsWith("-2");
    }

    @Test
    void untrustedTextComesBackExactlyAsSent() throws Exception {
        wm.stubFor(profile("hostile.fixture").willReturn(json(200, SampleCityPayloads.payload("hostile.fixture",
                wm.baseUrl()))));

        ArtistProfile profile = found(fetch(wm, "hostile.fixture"));

        assertThat(profile.biography()).startsWith("<script>alert(\"bio\")</script>").hasSizeGreaterThan(20_000);
        assertThat(profile.fullName()).contains("\"><svg onload=alert(1)>");
        assertThat(profile.externalUrl()).contains("javascript:alert(document.cookie)");
        assertThat(profile.images().get(0).caption()).contains("</textarea><script>").contains("\u0000");
    }

    @Test
    void sendsTheWebAppHeadersLoggedOutWithoutCookies() throws Exception {
        wm.stubFor(profile("hx_dotwork").willReturn(json(200, SampleCityPayloads.payload("hx_dotwork",
                wm.baseUrl()))));

        fetch(wm, "HX_Dotwork");

        wm.verify(getRequestedFor(urlPathEqualTo(WireMockInstagram.PROFILE_PATH))
                .withQueryParam("username", equalTo("hx_dotwork"))
                .withHeader("X-IG-App-ID", equalTo("936619743392459"))
                .withHeader("X-Requested-With", equalTo("XMLHttpRequest"))
                .withHeader("X-IG-WWW-Claim", equalTo("0"))
                .withHeader("Accept", equalTo("*/*"))
                .withHeader("Referer", equalTo(wm.baseUrl() + "/hx_dotwork/"))
                .withHeader("Sec-Fetch-Site", equalTo("same-origin"))
                .withHeader("Sec-Fetch-Mode", equalTo("cors"))
                .withHeader("Sec-Fetch-Dest", equalTo("empty"))
                .withHeader("User-Agent", equalTo(TestHttp.USER_AGENT))
                .withoutHeader("Cookie")
                .withoutHeader("X-CSRFToken"));
    }

    static ArtistProfile found(ProfileResult result) {
        assertThat(result).isInstanceOf(ProfileResult.Found.class);
        return ((ProfileResult.Found) result).profile();
    }

    private static JsonNode edges(String body) throws Exception {
        return new ObjectMapper().readTree(body).get("data").get("user").get("edge_owner_to_timeline_media")
                .get("edges");
    }
}

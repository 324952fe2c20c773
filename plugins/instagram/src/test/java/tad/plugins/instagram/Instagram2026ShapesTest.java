package tad.plugins.instagram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static tad.plugins.instagram.WireMockInstagram.fetch;
import static tad.plugins.instagram.WireMockInstagram.json;
import static tad.plugins.instagram.WireMockInstagram.profile;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tad.plugin.ArtistProfile;
import tad.plugin.Failure.Reason;
import tad.plugin.ProfileResult;

/**
 * What the logged-out web API answers in 2026, each with its own reason. The bodies are the ones public reports
 * recorded: instaloader issues #2724 (29 July 2026) and #2731, jackwener/OpenCLI #2234, imputnet/cobalt #1579 for the
 * 400; instaloader #2506, #2532 and #2739 for the 401; #2708 and #2726 for posts missing behind a post count.
 */
class Instagram2026ShapesTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockInstagram.server();

    @Test
    void aBusinessOrCreatorAccountIsRefusedByTheDeletedSchema() throws Exception {
        wm.stubFor(profile("mara.inkwell").willReturn(json(400, "{\"message\":\"Asset asset://laser.provider/"
                + "ig_business_category_subvertical has been deleted. You cannot use this schema\",\"status\":\"fail\"}")));

        var failure = InstagramFailureClassificationTest.failure(fetch(wm, "mara.inkwell"));

        assertThat(failure.reason()).isEqualTo(Reason.SOURCE_REFUSED);
        assertThat(failure.detail()).contains("business and creator accounts").doesNotContain("mara.inkwell");
    }

    @Test
    void pleaseWaitIsThrottlingWhetherAs401OrInsideA200() throws Exception {
        String body = "{\"message\":\"Please wait a few minutes before you try again.\",\"require_login\":true,"
                + "\"status\":\"fail\"}";
        wm.stubFor(profile("a").willReturn(json(401, body)));
        wm.stubFor(profile("b").willReturn(json(200, body)));
        wm.stubFor(profile("c").willReturn(aResponse().withStatus(401)));

        assertThat(InstagramFailureClassificationTest.failure(fetch(wm, "a")).reason()).isEqualTo(Reason.THROTTLED);
        assertThat(InstagramFailureClassificationTest.failure(fetch(wm, "b")).reason()).isEqualTo(Reason.THROTTLED);
        assertThat(InstagramFailureClassificationTest.failure(fetch(wm, "c")).reason()).as("a bare 401")
                .isEqualTo(Reason.LOGIN_WALL);
    }

    @Test
    void aProfileWhosePostsAreHiddenBehindACountIsKeptWithoutPosts() throws Exception {
        wm.stubFor(profile("orrin.gale.ink").willReturn(json(200, SampleCityPayloads.withUser("orrin.gale.ink",
                wm.baseUrl(), user -> ((ObjectNode) user.get("edge_owner_to_timeline_media"))
                        .set("edges", user.arrayNode())))));

        ProfileResult result = fetch(wm, "orrin.gale.ink");

        assertThat(result).isInstanceOf(ProfileResult.Found.class);
        ArtistProfile profile = ((ProfileResult.Found) result).profile();
        assertThat(profile.images()).isEmpty();
        assertThat(profile.biography()).isNotBlank();
        assertThat(profile.profilePictureUrl()).isPresent();
    }

    @Test
    void aStaleLinkToAHandleThatDoesNotExistIsNotFound() throws Exception {
        wm.stubFor(profile("nyx.geometry").willReturn(json(200, "{\"data\":{\"user\":null},\"status\":\"ok\"}")));
        wm.stubFor(profile("gone.for.good").willReturn(json(404, "{\"data\":{\"user\":null},\"status\":\"ok\"}")));

        assertThat(InstagramFailureClassificationTest.failure(fetch(wm, "nyx.geometry")).reason())
                .isEqualTo(Reason.NOT_FOUND);
        assertThat(InstagramFailureClassificationTest.failure(fetch(wm, "gone.for.good")).reason())
                .isEqualTo(Reason.NOT_FOUND);
    }
}

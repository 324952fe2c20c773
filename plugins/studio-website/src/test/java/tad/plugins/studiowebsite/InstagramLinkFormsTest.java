package tad.plugins.studiowebsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every real-world form of an Instagram profile link yields the handle; links that are not profiles yield nothing. */
class InstagramLinkFormsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "https://www.instagram.com/mara.inkwell/",
        "https://www.instagram.com/mara.inkwell",
        "http://www.instagram.com/mara.inkwell",
        "https://instagram.com/mara.inkwell",
        "http://instagram.com/mara.inkwell/",
        "https://m.instagram.com/mara.inkwell/",
        "http://instagr.am/mara.inkwell",
        "https://www.instagr.am/mara.inkwell/",
        "//www.instagram.com/mara.inkwell/",
        "https://www.instagram.com/mara.inkwell/?hl=en",
        "https://www.instagram.com/mara.inkwell?igshid=YmMyMTA2M2Y=",
        "https://instagram.com/mara.inkwell?igshid=NTc4MTIwNjQ2YQ%3D%3D&utm_source=qr",
        "https://www.instagram.com/mara.inkwell/?utm_source=ig_web_button_share_sheet",
        "https://www.instagram.com/mara.inkwell/?igsh=MWQ1ZGUxMzBkMA==",
        "https://www.Instagram.com/Mara.Inkwell/?utm_source=ig_web_copy_link&utm_medium=share_sheet",
        "HTTPS://WWW.INSTAGRAM.COM/MARA.INKWELL/",
        "https://www.instagram.com/mara.inkwell/#",
        "https://www.instagram.com/@mara.inkwell",
    })
    void readsTheHandleFromEveryProfileLinkForm(String href) {
        assertThat(handlesIn("<div class=\"card\"><h3>Mara Quill</h3><a href=\"" + href + "\">Instagram</a></div>"))
                .containsExactly("mara.inkwell");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://www.instagram.com/p/C7xQm2Lsk9A/",
        "https://www.instagram.com/reel/C8aBcDeFgHi/",
        "https://www.instagram.com/reels/C8aBcDeFgHi/",
        "https://www.instagram.com/tv/C8aBcDeFgHi/",
        "https://www.instagram.com/explore/tags/leedstattoo/",
        "https://www.instagram.com/explore/locations/123/leeds/",
        "https://www.instagram.com/stories/mara.inkwell/3141592653/",
        "https://www.instagram.com/stories/highlights/17890000000000000/",
        "https://www.instagram.com/accounts/login/",
        "https://www.instagram.com/mara.inkwell/p/C7xQm2Lsk9A/",
        "https://www.instagram.com/direct/inbox/",
        "https://l.instagram.com/?u=https%3A%2F%2Fexample.com",
        "https://www.instagram.com/",
        "https://www.facebook.com/mara.inkwell",
        "https://www.tiktok.com/@mara.inkwell",
        "https://notinstagram.com/mara.inkwell",
        "mailto:mara@inkwell.example",
    })
    void ignoresLinksThatAreNotProfiles(String href) {
        assertThat(handlesIn("<div class=\"card\"><h3>Mara Quill</h3><a href=\"" + href + "\">link</a></div>"))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<p>Mara Quill (@mara.inkwell) draws neo-traditional pieces.</p>",
        "<p>Mara Quill &mdash; @mara.inkwell</p>",
        "<li>Mara Quill: @Mara.Inkwell</li>",
        "<div><h3>Mara Quill</h3><p>Find her work at @mara.inkwell.</p></div>",
    })
    void findsMentionsNextToAName(String html) {
        assertThat(handlesIn(html)).containsExactly("mara.inkwell");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<p>Write to mara@inkwell.example for bookings.</p>",
        "<p>Mara Quill is on twitter: @mara.inkwell</p>",
        "<p>Tag your healed tattoos with @mara.inkwell please.</p>",
        "<script>var handle = '@mara.inkwell';</script>",
    })
    void ignoresEmailsOtherNetworksUnnamedMentionsAndScripts(String html) {
        assertThat(handlesIn(html)).isEmpty();
    }

    private static List<String> handlesIn(String bodyHtml) {
        PageEvidence page = PageReader.read("<html><body><main>" + bodyHtml + "</main></body></html>",
                "https://studio.example/artists/", true);
        return page.sightings().stream().map(HandleSighting::handle).distinct().toList();
    }
}

package tad.plugins.studiowebsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One URL per page, before fetching and before de-duplication. */
class CanonicalUrlsTest {
    private final CanonicalUrls urls = CrawlSettings.from(new MapConfig(Map.of())).canonicalUrls();

    @Test
    void dropsTrackingParametersAndKeepsTheOthersInOrder() {
        assertThat(urls.canonical("https://inkwell.co.uk/?utm_source=google&utm_medium=organic"))
                .contains("https://inkwell.co.uk/");
        assertThat(urls.canonical("https://inkwell.co.uk/artists?gclid=abc&page=2&fbclid=x&igshid=y&mc_cid=1&mc_eid=2"))
                .contains("https://inkwell.co.uk/artists?page=2");
        assertThat(urls.canonical("https://inkwell.co.uk/?p=12&srsltid=AfmBOo")).contains("https://inkwell.co.uk/?p=12");
        assertThat(urls.canonical("https://inkwell.co.uk/?UTM_Campaign=x")).contains("https://inkwell.co.uk/");
    }

    @Test
    void dropsFragmentsDefaultPortsAndCaseOfSchemeAndHost() {
        assertThat(urls.canonical("HTTPS://WWW.Inkwell.CO.UK:443/Artists#mara")).contains("https://www.inkwell.co.uk/Artists");
        assertThat(urls.canonical("http://inkwell.co.uk:80/team/./../team/")).contains("http://inkwell.co.uk/team/");
        assertThat(urls.canonical("http://127.0.0.1:8080/team")).contains("http://127.0.0.1:8080/team");
    }

    @Test
    void foldsIndexPagesAndUnifiesTrailingSlashesInTheKey() {
        assertThat(urls.canonical("https://inkwell.co.uk/artists/index.html")).contains("https://inkwell.co.uk/artists/");
        assertThat(urls.canonical("https://inkwell.co.uk/index.php")).contains("https://inkwell.co.uk/");
        assertThat(urls.key("https://inkwell.co.uk/artists/")).isEqualTo(urls.key("https://inkwell.co.uk/artists"))
                .isEqualTo(urls.key("https://inkwell.co.uk/artists/index.html?utm_source=ig#top"));
        assertThat(urls.key("https://inkwell.co.uk/")).contains("https://inkwell.co.uk/");
        assertThat(urls.key("https://inkwell.co.uk")).contains("https://inkwell.co.uk/");
    }

    @Test
    void keepsAQueryIntactWhereTheLibraryWouldNot() {
        assertThat(urls.canonical("https://inkwell.co.uk/a%7eb?x=1")).contains("https://inkwell.co.uk/a~b?x=1");
    }

    @Test
    void theRuleIsConfigurable() {
        CanonicalUrls custom = new CanonicalUrls(List.of("ref"), false);
        assertThat(custom.canonical("https://x.com/artists/index.html?ref=home&utm_source=y"))
                .contains("https://x.com/artists/index.html?utm_source=y");
    }

    @Test
    void refusesWhatIsNotAWebAddress() {
        assertThat(urls.canonical("mailto:studio@inkwell.co.uk")).isEmpty();
        assertThat(urls.canonical("javascript:void(0)")).isEmpty();
        assertThat(urls.canonical("not a url")).isEmpty();
    }
}

package tad.plugins.studiowebsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CrawlSettingsTest {

    @Test
    void defaultsFollowTheHostsPolitenessRules() {
        CrawlSettings settings = CrawlSettings.from(new MapConfig(Map.of()));
        assertThat(settings.pageBudget()).isEqualTo(30);
        assertThat(settings.userAgent()).isEqualTo("tad-bot/0.1 (+https://tad.example/bot)");
        assertThat(settings.robotsAgent()).isEqualTo("tad-bot");
        assertThat(settings.hostDelayMs()).isEqualTo(1000);
        assertThat(settings.connectTimeoutMs()).isEqualTo(5000);
        assertThat(settings.readTimeoutMs()).isEqualTo(10000);
        assertThat(settings.maxBytes()).isEqualTo(2 * 1024 * 1024);
        assertThat(settings.storageRoot()).isEqualTo(Path.of(System.getProperty("java.io.tmpdir")));
    }

    @Test
    void readsTheHostsSharedHttpKeysAndItsOwn() {
        CrawlSettings settings = CrawlSettings.from(new MapConfig(Map.of("http.user-agent", "other-bot/2 (+x)",
                "http.host-delay-ms", "250", "http.max-bytes", "1000", "page-budget", "7", "max-depth", "2",
                "data-dir", "/var/tad")));
        assertThat(settings.robotsAgent()).isEqualTo("other-bot");
        assertThat(settings.hostDelayMs()).isEqualTo(250);
        assertThat(settings.maxBytes()).isEqualTo(1000);
        assertThat(settings.pageBudget()).isEqualTo(7);
        assertThat(settings.maxDepth()).isEqualTo(2);
        assertThat(settings.storageRoot()).isEqualTo(Path.of("/var/tad"));
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> CrawlSettings.from(new MapConfig(Map.of("page-budget", "0"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("page-budget");
    }

    @Test
    void sameSiteMeansSameRegistrableDomainOrExactIpAndPort() {
        SiteScope scope = new SiteScope(java.net.URI.create("https://www.inkwell.co.uk/"));
        assertThat(scope.isOwnSite("http://inkwell.co.uk/artists/")).isTrue();
        assertThat(scope.isOwnSite("https://shop.inkwell.co.uk/")).isTrue();
        assertThat(scope.isOwnSite("https://other.co.uk/")).isFalse();
        SiteScope local = new SiteScope(java.net.URI.create("http://127.0.0.1:4000/"));
        assertThat(local.isOwnSite("http://127.0.0.1:4000/team")).isTrue();
        assertThat(local.isOwnSite("http://127.0.0.1:4001/team")).isFalse();
        assertThat(local.isOwnSite("mailto:x@y.z")).isFalse();
    }
}

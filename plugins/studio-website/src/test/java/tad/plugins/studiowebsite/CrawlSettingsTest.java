package tad.plugins.studiowebsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CrawlSettingsTest {

    @Test
    void defaultsBoundTheCrawlAndDropTrackingParameters() {
        CrawlSettings settings = CrawlSettings.from(new MapConfig(Map.of()));
        assertThat(settings.pageBudget()).isEqualTo(30);
        assertThat(settings.maxDepth()).isEqualTo(3);
        assertThat(settings.maxSitemaps()).isEqualTo(4);
        assertThat(settings.stopAfterRoster()).isTrue();
        assertThat(settings.render()).isTrue();
        assertThat(settings.droppedParameters()).contains("utm_*", "gclid", "fbclid", "igshid", "mc_*");
        assertThat(settings.storageRoot()).isEqualTo(Path.of(System.getProperty("java.io.tmpdir")));
    }

    @Test
    void readsItsOwnKeys() {
        CrawlSettings settings = CrawlSettings.from(new MapConfig(Map.of("page-budget", "7", "max-depth", "2",
                "data-dir", "/var/tad", "canonical.drop-params", "ref, utm_*", "canonical.fold-index", "false",
                "render", "false", "max-sitemaps", "0")));
        assertThat(settings.pageBudget()).isEqualTo(7);
        assertThat(settings.maxDepth()).isEqualTo(2);
        assertThat(settings.storageRoot()).isEqualTo(Path.of("/var/tad"));
        assertThat(settings.droppedParameters()).containsExactly("ref", "utm_*");
        assertThat(settings.foldIndexPages()).isFalse();
        assertThat(settings.render()).isFalse();
        assertThat(settings.maxSitemaps()).isZero();
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

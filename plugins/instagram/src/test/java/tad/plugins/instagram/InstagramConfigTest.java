package tad.plugins.instagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InstagramConfigTest {

    @Test
    void defaultsAreInstagramItselfTwelveImagesAndThirtyRequestsAMinute() {
        InstagramConfig config = InstagramConfig.from(new MapConfig(Map.of()));

        assertThat(config).isEqualTo(InstagramConfig.defaults());
        assertThat(config.baseUrl()).isEqualTo(URI.create("https://www.instagram.com"));
        assertThat(config.maxImages()).isEqualTo(12);
        assertThat(config.perMinute()).isEqualTo(30);
        assertThat(config.keepVideoCovers()).isTrue();
    }

    @Test
    void overridesAreReadAndATrailingSlashIsDropped() {
        InstagramConfig config = InstagramConfig.from(MapConfig.of("base-url", "http://127.0.0.1:4567/",
                "max-images", "4", "per-minute", "0", "burst", "1", "keep-video-covers", "false"));

        assertThat(config).isEqualTo(new InstagramConfig(URI.create("http://127.0.0.1:4567"), 4, 0, 1, false));
        assertThat(config.profileInfoUri("a.b_c")).hasToString(
                "http://127.0.0.1:4567/api/v1/users/web_profile_info/?username=a.b_c");
    }

    @Test
    void malformedValuesAreRejectedNamingTheKey() {
        assertThatThrownBy(() -> InstagramConfig.from(MapConfig.of("base-url", "ftp://x")))
                .hasMessageContaining("base-url");
        assertThatThrownBy(() -> InstagramConfig.from(MapConfig.of("max-images", "-1")))
                .hasMessageContaining("max-images");
        assertThatThrownBy(() -> InstagramConfig.from(MapConfig.of("per-minute", "lots")))
                .hasMessageContaining("per-minute");
        assertThatThrownBy(() -> InstagramConfig.from(MapConfig.of("burst", "0"))).hasMessageContaining("burst");
    }
}

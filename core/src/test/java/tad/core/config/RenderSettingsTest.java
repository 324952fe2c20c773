package tad.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RenderSettingsTest {

    @Test
    void offByDefaultWithTheSystemsChromium() {
        RenderSettings settings = TadConfig.parse(RawConfig.load(Optional.empty(), Map.of(), Map.of())).render();
        assertThat(settings.enabled()).isFalse();
        assertThat(settings.chromium()).isEqualTo(Path.of("/usr/bin/chromium"));
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(15));
        assertThat(settings.maxRequests()).isEqualTo(60);
    }

    @Test
    void theEnvironmentTurnsItOnAndBadNumbersAreNamed() {
        RenderSettings on = TadConfig.parse(RawConfig.load(Optional.empty(), Map.of("TAD_RENDER_ENABLED", "true",
                "TAD_RENDER_CHROMIUM", "/opt/chromium/chrome"), Map.of())).render();
        assertThat(on.enabled()).isTrue();
        assertThat(on.chromium()).isEqualTo(Path.of("/opt/chromium/chrome"));
        assertThatThrownBy(() -> TadConfig.parse(RawConfig.load(Optional.empty(),
                Map.of("TAD_RENDER_MAX_REQUESTS", "many"), Map.of())))
                .isInstanceOf(ConfigException.class).hasMessageContaining("render.max.requests");
    }
}

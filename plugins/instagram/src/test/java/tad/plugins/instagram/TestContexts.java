package tad.plugins.instagram;

import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.LoggerFactory;
import tad.plugin.PluginContext;
import tad.plugin.PoliteHttp;

/** Plugin contexts for tests: the test PoliteHttp, a config pointing at a local server, no request budget. */
final class TestContexts {
    private TestContexts() {
    }

    static PluginContext against(URI base, String... extraConfig) {
        return against(TestHttp.client(), base, extraConfig);
    }

    static PluginContext against(PoliteHttp http, URI base, String... extraConfig) {
        Map<String, String> config = new HashMap<>();
        config.put("base-url", base.toString());
        config.put("per-minute", "0");
        for (int i = 0; i < extraConfig.length; i += 2) {
            config.put(extraConfig[i], extraConfig[i + 1]);
        }
        return new PluginContext(http, new MapConfig(Map.copyOf(config)), Clock.systemUTC(),
                LoggerFactory.getLogger("tad.plugin.instagram.test"));
    }
}

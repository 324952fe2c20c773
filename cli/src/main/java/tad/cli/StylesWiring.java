package tad.cli;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import tad.core.config.RawConfig;
import tad.core.config.TadConfig;
import tad.core.plugins.Loaded;
import tad.core.plugins.PluginHost;
import tad.plugin.Enricher;

/**
 * Loads the style-inference plugin the same way a crawl does (PF4J, from the plugins directory), for
 * `tad styles infer|eval`; only when one of those verbs runs, so `--help` loads nothing.
 */
final class StylesWiring {
    static final String PLUGIN_ID = "style-inference";
    private final Environment environment;
    private Loaded<Enricher> loaded;

    StylesWiring(Environment environment) {
        this.environment = environment;
    }

    Enricher enricher() {
        return load().extension();
    }

    tad.plugin.PluginContext context() {
        return load().context();
    }

    private synchronized Loaded<Enricher> load() {
        if (loaded == null) {
            TadConfig config = TadConfig.parse(RawConfig.load(Optional.empty(), environment.variables(), Map.of()));
            App app = new App(config, environment);
            PluginHost host = environment.closeLater(PluginHost.start(config.plugins().directory(),
                    List.of(PLUGIN_ID), app.http(), app.clock(), config::pluginSection));
            loaded = host.extensions(Enricher.class).stream().findFirst().orElseThrow(() ->
                    new IllegalStateException("the " + PLUGIN_ID + " plugin has no Enricher extension"));
        }
        return loaded;
    }
}

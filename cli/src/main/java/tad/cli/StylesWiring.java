package tad.cli;

import java.util.List;
import tad.core.plugins.Loaded;
import tad.core.plugins.PluginHost;
import tad.plugin.Enricher;

/**
 * Loads the style-inference plugin the same way a crawl does (PF4J, from the plugins directory, with its own
 * configuration section), for `tad styles infer|eval`; only when one of those verbs runs, so `--help` loads nothing.
 */
final class StylesWiring {
    static final String PLUGIN_ID = "style-inference";
    private final Environment environment;
    private final ConfigOptions options;
    private Loaded<Enricher> loaded;

    StylesWiring(Environment environment, ConfigOptions options) {
        this.environment = environment;
        this.options = options;
    }

    Enricher enricher() {
        return load().extension();
    }

    tad.plugin.PluginContext context() {
        return load().context();
    }

    private synchronized Loaded<Enricher> load() {
        if (loaded == null) {
            PluginHost host = options.bootstrap(environment).plugins(List.of(PLUGIN_ID));
            loaded = host.extensions(Enricher.class).stream().findFirst().orElseThrow(() ->
                    new IllegalStateException("the " + PLUGIN_ID + " plugin has no Enricher extension"));
        }
        return loaded;
    }
}

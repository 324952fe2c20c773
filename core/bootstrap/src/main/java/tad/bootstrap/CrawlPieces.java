package tad.bootstrap;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import tad.core.config.TadConfig;
import tad.core.http.PoliteHttpClient;
import tad.core.http.Sleeper;
import tad.core.pipeline.CrawlDependencies;
import tad.core.pipeline.Enrichers;
import tad.core.pipeline.ProfileSources;
import tad.core.memory.PluginPageMemory;
import tad.core.plugins.PluginHost;
import tad.core.render.ChromiumRenderer;
import tad.plugin.PageRenderer;
import tad.core.politeness.HostLeases;
import tad.plugin.ArtistSource;
import tad.plugin.Enricher;
import tad.plugin.ProfileSource;
import tad.plugin.StudioSource;

/** The polite HTTP client, the enabled plugins, and everything a crawl runs on. */
final class CrawlPieces {
    private final TadConfig config;
    private final Clock clock;
    private final StorePieces store;
    private final MediaPieces media;
    private final Closer closer;
    private PoliteHttpClient http;
    private PluginHost plugins;
    private PageRenderer renderer;

    CrawlPieces(TadConfig config, Clock clock, StorePieces store, MediaPieces media, Closer closer) {
        this.config = config;
        this.clock = clock;
        this.store = store;
        this.media = media;
        this.closer = closer;
    }

    synchronized PoliteHttpClient http() {
        if (http == null) {
            // distributed workers share each host's interval through the table; one process needs no lease
            Optional<HostLeases> shared = config.queue().url().isPresent() && !config.store().embedded()
                    ? Optional.of(store.hostLeases()) : Optional.empty();
            http = closer.register(new PoliteHttpClient(config.http(), clock, Sleeper.REAL,
                    RandomGenerator.getDefault(), shared));
        }
        return http;
    }

    synchronized PluginHost plugins() {
        if (plugins == null) {
            plugins = plugins(config.plugins().enabled());
        }
        return plugins;
    }

    /** A host of only the given plugin ids (the styles verbs load style-inference alone). */
    PluginHost plugins(List<String> ids) {
        return closer.register(PluginHost.start(config.plugins().directory(), ids, http(), clock,
                config::pluginSection, id -> new PluginPageMemory(id, store::pageMemoryNames), renderer()));
    }

    /** The headless-Chromium renderer of script-built pages when {@code render.enabled}, else none. */
    private synchronized PageRenderer renderer() {
        if (renderer == null) {
            renderer = config.render().enabled()
                    ? closer.register(new ChromiumRenderer(config.render(), http())) : PageRenderer.NONE;
        }
        return renderer;
    }

    CrawlDependencies dependencies() {
        PluginHost host = plugins();
        return new CrawlDependencies(
                store.artists(),
                store.runs(),
                store.denylist(),
                host.extensions(StudioSource.class),
                host.extensions(ArtistSource.class),
                ProfileSources.select(config.crawl().profileSource(), host.extensions(ProfileSource.class)),
                new Enrichers(host.extensions(Enricher.class)),
                media.mirror(),
                http(),
                config.crawl(),
                clock);
    }
}

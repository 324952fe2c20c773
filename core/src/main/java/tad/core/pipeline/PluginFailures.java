package tad.core.pipeline;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tad.plugin.Failure;

/**
 * The one failure policy for every extension point (studio sources, artist sources, profile sources, enrichers):
 * a plugin that throws an unexpected exception fails the one item it was working on, recorded with the plugin's
 * id, and the crawl goes on. A {@code SourceException} is the plugin's own, expected way to fail and keeps its
 * reason; only a fatal one (a missing API key) stops a crawl.
 */
final class PluginFailures {
    private static final Logger LOG = LoggerFactory.getLogger(PluginFailures.class);

    private PluginFailures() {
    }

    /** The failure to record for an item a plugin threw on; the exception's type, never its message (scraped text). */
    static Failure of(String pluginId, String item, RuntimeException e) {
        LOG.warn("plugin {} failed on {}: {}", pluginId, item, e.getClass().getName());
        LOG.debug("plugin {} failure", pluginId, e);
        return Failure.of(Failure.Reason.PLUGIN_ERROR, pluginId + " failed: " + e.getClass().getSimpleName());
    }
}

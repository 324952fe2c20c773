package tad.core.plugins;

import tad.plugin.PluginContext;

/** An extension from an enabled plugin, with the context the host built for that plugin. */
public record Loaded<T>(String pluginId, T extension, PluginContext context) {
}

package tad.core.plugins;

/** Plugins could not be loaded as configured: an unknown or duplicate id, or a plugin that failed to start. */
public class PluginLoadException extends RuntimeException {
    public PluginLoadException(String message) {
        super(message);
    }

    public PluginLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}

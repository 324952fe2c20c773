package tad.plugin;

import org.pf4j.ExtensionPoint;

/**
 * Fetches an artist's public profile for a handle. The host only calls it for handles that passed the denylist
 * gate. Replaceable: enabling a different profile-source plugin changes the fetch strategy without touching the
 * pipeline.
 */
public interface ProfileSource extends ExtensionPoint {

    /** Returns the profile or a classified failure; throws only for faults of the plugin itself. */
    ProfileResult fetchProfile(String instagramHandle, PluginContext context) throws SourceException;
}

package tad.plugin;

import org.pf4j.ExtensionPoint;

/**
 * Fetches an artist's public profile for a handle. The host only calls it for handles that passed the denylist
 * gate. Replaceable: enabling a different profile-source plugin changes the fetch strategy without touching the
 * pipeline.
 */
public interface ProfileSource extends ExtensionPoint {

    /**
     * Called once before a crawl makes any request, so that a source missing what it needs (an access token, an
     * account id) stops the crawl at once with one line naming the settings, instead of failing on every artist
     * after discovery. Throws a fatal {@link SourceException} then; the default has nothing to check.
     */
    default void preflight(PluginContext context) throws SourceException {
    }

    /**
     * Returns the profile or a classified failure; throws only for faults of the plugin itself, or a fatal
     * {@link SourceException} when no further profile can be fetched in this run (a refused access token): the host
     * then stops the crawl, saved as interrupted, without touching what is stored.
     */
    ProfileResult fetchProfile(String instagramHandle, PluginContext context) throws SourceException;
}

package tad.plugin;

import org.pf4j.ExtensionPoint;

/**
 * Finds artist candidates (name and Instagram handle) for one studio, for example by crawling its website.
 * Implementations must not request anything about an artist themselves: they only report candidates, and the
 * host checks each against the denylist before any profile request is made.
 */
public interface ArtistSource extends ExtensionPoint {

    ArtistSourceResult findArtists(StudioRef studio, PluginContext context) throws SourceException;
}

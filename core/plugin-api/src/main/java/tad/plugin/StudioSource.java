package tad.plugin;

import java.util.List;
import org.pf4j.ExtensionPoint;

/** Finds tattoo studios in an area (for example through the Google Places API). */
public interface StudioSource extends ExtensionPoint {

    /**
     * Finds every studio in the area.
     *
     * @throws SourceException with {@code fatal()} true when the whole crawl cannot go on (bad API key, say)
     */
    StudioDiscovery discover(SearchArea area, PluginContext context) throws SourceException;

    /** The studios found, how many requests it took, and what failed on the way. */
    record StudioDiscovery(List<DiscoveredStudio> studios, int requests, List<Failure> failures) {
    }
}

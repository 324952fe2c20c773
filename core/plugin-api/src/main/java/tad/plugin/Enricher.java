package tad.plugin;

import org.pf4j.ExtensionPoint;

/**
 * Derives fields, such as canonical styles, from what the sources said about an artist: the Instagram profile when
 * it was fetched and the studio website's facts, each kept with its source. Pure: no network, no store.
 */
public interface Enricher extends ExtensionPoint {

    Enrichment enrich(ArtistEvidence evidence, PluginContext context);
}

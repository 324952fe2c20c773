package tad.plugin;

import org.pf4j.ExtensionPoint;

/** Derives fields, such as canonical styles, from a fetched profile. Pure: no network, no store. */
public interface Enricher extends ExtensionPoint {

    Enrichment enrich(ArtistProfile profile, PluginContext context);
}

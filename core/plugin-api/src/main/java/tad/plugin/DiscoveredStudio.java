package tad.plugin;

import java.util.Optional;

/**
 * A studio as a {@link StudioSource} found it.
 *
 * @param sourceId    the source's stable identifier (a Google place id); may be kept indefinitely
 * @param source      the plugin id that found it
 * @param name        display name, marked with source and fetch time
 * @param address     formatted address, when known
 * @param location    coordinates, when known
 * @param websiteUrl  the studio's own website, when known
 * @param phone       phone number, when known
 */
public record DiscoveredStudio(
        String sourceId,
        String source,
        Sourced<String> name,
        Optional<Sourced<String>> address,
        Optional<Sourced<GeoPoint>> location,
        Optional<String> websiteUrl,
        Optional<String> phone) {
}

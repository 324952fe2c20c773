package tad.core.pipeline;

import java.time.Instant;
import java.util.Optional;
import tad.core.domain.Ids;
import tad.core.domain.Studio;
import tad.plugin.DiscoveredStudio;
import tad.plugin.SearchArea;
import tad.plugin.Sourced;
import tad.plugin.StudioDetails;

/**
 * Merges what sources say about a studio. The studio's own website wins over Google for name, address and
 * coordinates; Google's values are refreshed on every crawl and carry their fetch time for the retention step.
 */
final class StudioMerger {
    private StudioMerger() {
    }

    static Studio fromDiscovery(DiscoveredStudio d, SearchArea area, Optional<Studio> existing, Instant now) {
        String id = Ids.studioId(d.source(), d.sourceId());
        Sourced<String> name = existing.map(Studio::name).filter(StudioMerger::fromWebsite).orElse(d.name());
        Optional<Sourced<String>> address = existing.flatMap(Studio::address).filter(StudioMerger::fromWebsite)
                .or(d::address);
        var location = existing.flatMap(Studio::location).filter(StudioMerger::fromWebsite).or(d::location);
        return new Studio(id, d.source(), d.sourceId(), name, address, location,
                d.websiteUrl().or(() -> existing.flatMap(Studio::website)),
                existing.flatMap(Studio::phone).or(d::phone),
                existing.flatMap(Studio::email),
                existing.map(Studio::openingHours).orElse(java.util.List.of()),
                existing.flatMap(Studio::instagramHandle),
                area.city(), area.country(), now);
    }

    static Studio withSiteDetails(Studio s, StudioDetails details, Instant now) {
        String site = Sourced.STUDIO_WEBSITE;
        return new Studio(s.studioId(), s.source(), s.sourceId(),
                details.name().filter(n -> !n.isBlank()).map(n -> new Sourced<>(n, site, now)).orElse(s.name()),
                details.address().map(a -> new Sourced<>(a, site, now)).or(s::address),
                details.location().map(l -> new Sourced<>(l, site, now)).or(s::location),
                s.website(),
                details.phone().or(s::phone),
                details.email().or(s::email),
                details.openingHours().isEmpty() ? s.openingHours() : details.openingHours(),
                details.instagramHandle().or(s::instagramHandle),
                s.city(), s.country(), s.lastSeen());
    }

    private static boolean fromWebsite(Sourced<?> value) {
        return Sourced.STUDIO_WEBSITE.equals(value.source());
    }
}

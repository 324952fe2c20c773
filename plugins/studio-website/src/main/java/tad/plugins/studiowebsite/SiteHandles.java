package tad.plugins.studiowebsite;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Site-wide rules that keep handles that are not artists out of the artists: a web designer's credit, a handle in
 * the site's chrome on most pages, and the only handle of a site that names no artist. A handle shown with a
 * person's name (or as a JSON-LD Person) is still an artist: that is how a solo artist's own site yields its artist.
 */
final class SiteHandles {
    private static final double MOST_PAGES = 0.5;

    private SiteHandles() {
    }

    /** The pages without any sighting of a handle credited anywhere as the site's maker ("site by @someone"). */
    static List<PageEvidence> withoutCredits(List<PageEvidence> pages) {
        Set<String> credited = pages.stream().flatMap(page -> page.sightings().stream())
                .filter(sighting -> sighting.where() == HandleSighting.Where.CREDIT)
                .map(HandleSighting::handle).collect(Collectors.toSet());
        if (credited.isEmpty()) {
            return pages;
        }
        return pages.stream().map(page -> page.withSightings(page.sightings().stream()
                .filter(sighting -> !credited.contains(sighting.handle())).toList())).toList();
    }

    /** Whether the handle sits in the header, footer or navigation of at least half the pages read. */
    static boolean inChromeOfMostPages(String handle, List<PageEvidence> pages) {
        long chromePages = pages.stream().filter(page -> page.sightings().stream().anyMatch(sighting ->
                sighting.handle().equals(handle) && sighting.where() == HandleSighting.Where.SITE_CHROME)).count();
        return chromePages > 0 && chromePages >= MOST_PAGES * pages.size();
    }

    /** The site's one and only handle, when no page shows it with a person's name: the studio's own account. */
    static Optional<String> onlyUnnamedHandle(List<PageEvidence> pages, String studioName) {
        Set<String> handles = new HashSet<>();
        pages.forEach(page -> page.sightings().forEach(sighting -> handles.add(sighting.handle())));
        if (handles.size() != 1) {
            return Optional.empty();
        }
        String handle = handles.iterator().next();
        return StudioAccount.alsoAnArtist(handle, pages, studioName) ? Optional.empty() : Optional.of(handle);
    }
}

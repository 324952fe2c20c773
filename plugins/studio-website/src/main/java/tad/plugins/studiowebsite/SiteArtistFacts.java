package tad.plugins.studiowebsite;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tad.plugin.ArtistSiteFacts;

/**
 * One artist's facts from every page of a site that shows them. Their own page (a page where they are the only
 * artist) speaks first: its bio, portrait and page address win; a roster card fills what it leaves out, and the work
 * and specialisms of all pages are kept, own page first.
 */
final class SiteArtistFacts {

    private SiteArtistFacts() {
    }

    static ArtistSiteFacts of(String handle, List<PageEvidence> pages, String foundOn) {
        List<ArtistSiteFacts> ranked = new ArrayList<>();
        pages.stream().filter(page -> isOwnPage(page, handle)).map(page -> page.artistFacts().get(handle))
                .forEach(ranked::add);
        pages.stream().filter(page -> !isOwnPage(page, handle) && page.artistFacts().containsKey(handle))
                .map(page -> page.artistFacts().get(handle)).forEach(ranked::add);
        if (ranked.isEmpty()) {
            return ArtistSiteFacts.pageOnly(foundOn);
        }
        String page = ranked.stream().filter(facts -> !facts.isEmpty()).map(ArtistSiteFacts::page).findFirst()
                .orElse(foundOn);
        String bio = ranked.stream().map(ArtistSiteFacts::bio).filter(b -> !b.isBlank()).findFirst().orElse("");
        Optional<String> portrait = ranked.stream().map(ArtistSiteFacts::portraitUrl).flatMap(Optional::stream)
                .findFirst();
        Set<String> work = new LinkedHashSet<>();
        Set<String> specialisms = new LinkedHashSet<>();
        ranked.forEach(facts -> {
            work.addAll(facts.portfolioUrls());
            specialisms.addAll(facts.specialisms());
        });
        portrait.ifPresent(work::remove);
        return new ArtistSiteFacts(page, bio, portrait, List.copyOf(work), List.copyOf(specialisms));
    }

    /** A page that shows this artist and no other: their own page on the site. */
    private static boolean isOwnPage(PageEvidence page, String handle) {
        Set<String> artists = new LinkedHashSet<>();
        page.sightings().stream().filter(s -> s.where().artistEvidence()).map(HandleSighting::handle)
                .forEach(artists::add);
        return artists.size() == 1 && artists.contains(handle) && page.artistFacts().containsKey(handle);
    }
}

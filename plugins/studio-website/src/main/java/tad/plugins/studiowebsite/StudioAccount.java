package tad.plugins.studiowebsite;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tad.plugin.InstagramHandles;

/**
 * Picks the studio's own Instagram account among the handles of a site. Evidence, strongest first: the sameAs of
 * the studio's JSON-LD, a handle that spells the studio's name, a "follow us" link, and a link in the site chrome
 * (or an unnamed link on nearly every page, which is chrome a theme did not mark up as such).
 */
final class StudioAccount {
    private static final double NEARLY_EVERY_PAGE = 0.8;

    private StudioAccount() {
    }

    static Optional<String> choose(List<PageEvidence> pages, String studioName) {
        return choose(pages, new StudioName(studioName, ""));
    }

    static Optional<String> choose(List<PageEvidence> pages, StudioName studio) {
        Map<String, Double> scores = new HashMap<>();
        for (String handle : handles(pages)) {
            double score = score(handle, pages, studio);
            if (score > 0) {
                scores.put(handle, score);
            }
        }
        return scores.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Double>>comparingDouble(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey);
    }

    private static double score(String handle, List<PageEvidence> pages, StudioName studio) {
        Set<String> chromePages = new HashSet<>();
        Set<String> unnamedLinkPages = new HashSet<>();
        boolean business = false;
        boolean followUs = false;
        boolean named = false;
        for (PageEvidence page : pages) {
            for (HandleSighting sighting : page.sightings()) {
                if (!sighting.handle().equals(handle)) {
                    continue;
                }
                switch (sighting.where()) {
                    case JSON_LD_BUSINESS -> business = true;
                    case FOLLOW_US -> followUs = true;
                    case SITE_CHROME -> chromePages.add(page.url());
                    case CONTENT_LINK -> unnamedLinkPages.add(page.url());
                    default -> { }
                }
                named |= sighting.where().artistEvidence() && sighting.name().isPresent();
            }
        }
        double score = 0;
        score += business ? 6 : 0;
        score += studio.spelledBy(handle) ? 4 : 0;
        score += followUs ? 3 : 0;
        score += chromePages.isEmpty() ? 0 : 1 + 2.0 * chromePages.size() / pages.size();
        boolean everywhere = pages.size() >= 3 && unnamedLinkPages.size() >= NEARLY_EVERY_PAGE * pages.size();
        score += everywhere && !named ? 2 : 0;
        return score;
    }

    /** Whether the studio's account is also an artist's: the solo studio whose owner tattoos under it. */
    static boolean alsoAnArtist(String handle, List<PageEvidence> pages, String studioName) {
        return pages.stream().flatMap(page -> page.sightings().stream())
                .filter(sighting -> sighting.handle().equals(handle))
                .anyMatch(sighting -> sighting.where() == HandleSighting.Where.JSON_LD_PERSON
                        || sighting.where().artistEvidence() && sighting.name()
                        .filter(name -> CardNames.isPersonName(name, studioName)).isPresent());
    }

    private static Set<String> handles(List<PageEvidence> pages) {
        Set<String> handles = new HashSet<>();
        pages.forEach(page -> page.sightings().forEach(sighting -> {
            if (InstagramHandles.isValid(sighting.handle())) {
                handles.add(sighting.handle());
            }
        }));
        return handles;
    }
}

package tad.plugins.studiowebsite;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import tad.plugin.ArtistCandidate;
import tad.plugin.ArtistSourceResult;
import tad.plugin.Failure;
import tad.plugin.StudioDetails;

/**
 * Turns the evidence of every page of one site into the source's result: artists, studio details (with the
 * e-mail address the site publishes), failures.
 */
public final class SiteFindings {

    private SiteFindings() {
    }

    public static ArtistSourceResult assemble(String studioName, CrawlOutcome crawl) {
        return assemble(studioName, "", crawl);
    }

    /** @param city the city the studio was found in, which its account's name often leaves out */
    public static ArtistSourceResult assemble(String studioName, String city, CrawlOutcome crawl) {
        List<PageEvidence> pages = SiteHandles.withoutCredits(crawl.pages());
        Optional<StudioDetails> business = pages.stream().map(PageEvidence::business).flatMap(Optional::stream)
                .findFirst();
        String name = business.flatMap(StudioDetails::name).orElse(studioName);
        StudioName studio = new StudioName(name, city);
        Optional<String> studioHandle = StudioAccount.choose(pages, studio)
                .or(() -> SiteHandles.onlyUnnamedHandle(pages, studio.name()));
        List<ArtistCandidate> candidates = artists(pages, studioHandle, studio);
        List<Failure> failures = new ArrayList<>(crawl.failures());
        if (candidates.isEmpty()) {
            pages.stream().filter(PageEvidence::scriptRendered).findFirst().ifPresent(page -> failures.add(
                    Failure.of(Failure.Reason.JAVASCRIPT_ONLY,
                            "artists are rendered by JavaScript only on " + SiteScope.pathOf(page.url()))));
        }
        StudioDetails details = business.orElseGet(() -> fromTitle(pages));
        Optional<String> email = details.email().or(() -> PublishedEmails.choose(pages));
        details = new StudioDetails(details.name(), details.address(), details.location(), details.phone(), email,
                details.openingHours(), studioHandle);
        return new ArtistSourceResult(candidates, details, crawl.pagesFetched(), List.copyOf(failures),
                crawl.visits());
    }

    private static List<ArtistCandidate> artists(List<PageEvidence> pages, Optional<String> studioHandle,
                                                 StudioName studio) {
        Map<String, List<HandleSighting>> byHandle = new LinkedHashMap<>();
        // roster pages first, so that a handle's "found on" page is the roster page when it is on one
        pages.stream().sorted(Comparator.comparing(page -> !page.rosterLike()))
                .flatMap(page -> page.sightings().stream())
                .filter(sighting -> sighting.where().artistEvidence())
                .forEach(sighting -> byHandle.computeIfAbsent(sighting.handle(), key -> new ArrayList<>()).add(sighting));
        List<ArtistCandidate> candidates = new ArrayList<>();
        byHandle.forEach((handle, sightings) -> {
            boolean notAnArtist = studioHandle.filter(handle::equals).isPresent() || studio.spelledBy(handle)
                    || SiteHandles.inChromeOfMostPages(handle, pages)
                    || SiteHandles.onlyUnnamedHandle(pages, studio.name()).isPresent();
            if (notAnArtist && !StudioAccount.alsoAnArtist(handle, pages, studio.name())) {
                return;
            }
            String foundOn = sightings.get(0).page();
            candidates.add(new ArtistCandidate(handle, bestName(sightings), foundOn,
                    SiteArtistFacts.of(handle, pages, foundOn)));
        });
        return List.copyOf(candidates);
    }

    /** JSON-LD names first (they are meant as names), then the most frequent name shown with the handle. */
    private static Optional<String> bestName(List<HandleSighting> sightings) {
        Optional<String> fromJsonLd = sightings.stream()
                .filter(sighting -> sighting.where() == HandleSighting.Where.JSON_LD_PERSON)
                .map(HandleSighting::name).flatMap(Optional::stream).findFirst();
        if (fromJsonLd.isPresent()) {
            return fromJsonLd;
        }
        return sightings.stream().map(HandleSighting::name).flatMap(Optional::stream)
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    /** Without JSON-LD, the studio's name is the start page's title minus "Home |" and taglines. */
    private static StudioDetails fromTitle(List<PageEvidence> pages) {
        Optional<String> name = pages.stream().findFirst().flatMap(PageEvidence::title).flatMap(title -> {
            for (String part : title.split("\\s+[|–—-]\\s+|\\s*::\\s*")) {
                String trimmed = part.strip();
                if (!trimmed.isEmpty() && !trimmed.toLowerCase(Locale.ROOT).matches("home|welcome|home page")) {
                    return Optional.of(trimmed);
                }
            }
            return Optional.empty();
        });
        return new StudioDetails(name, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(), Optional.empty());
    }
}

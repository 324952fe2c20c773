package tad.plugin;

import java.util.List;

/**
 * What an {@link ArtistSource} found for one studio.
 *
 * @param candidates  resident artists (never the studio's own account)
 * @param studio      studio facts read from its own site ({@link StudioDetails#none()} when there were none)
 * @param pagesFetched how many pages were requested (full fetches, 304s, redirects and errors; robots.txt and
 *                    sitemaps not counted)
 * @param failures    pages or the whole site that failed, with reasons; an empty candidate list with a failure
 *                    such as {@link Failure.Reason#JAVASCRIPT_ONLY} explains why nothing was found
 * @param visits      every URL fetched or skipped, with the reason, in crawl order (empty for sources that do not
 *                    report them)
 */
public record ArtistSourceResult(
        List<ArtistCandidate> candidates, StudioDetails studio, int pagesFetched, List<Failure> failures,
        List<PageVisit> visits) {

    public ArtistSourceResult {
        visits = List.copyOf(visits);
    }

    /** A result without a visit list. */
    public ArtistSourceResult(List<ArtistCandidate> candidates, StudioDetails studio, int pagesFetched,
                              List<Failure> failures) {
        this(candidates, studio, pagesFetched, failures, List.of());
    }

    /** Pages answered 304 Not Modified: unchanged since the last run. */
    public int pagesUnchanged() {
        return count(PageVisit.Status.UNCHANGED);
    }

    /** Pages fetched in full: new, or changed since the last run. */
    public int pagesChanged() {
        return count(PageVisit.Status.FETCHED);
    }

    private int count(PageVisit.Status status) {
        return (int) visits.stream().filter(visit -> visit.status() == status).count();
    }
}

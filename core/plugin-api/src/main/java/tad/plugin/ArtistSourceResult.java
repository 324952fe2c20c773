package tad.plugin;

import java.util.List;

/**
 * What an {@link ArtistSource} found for one studio.
 *
 * @param candidates  resident artists (never the studio's own account)
 * @param studio      studio facts read from its own site ({@link StudioDetails#none()} when there were none)
 * @param pagesFetched how many pages were read
 * @param failures    pages or the whole site that failed, with reasons; an empty candidate list with a failure
 *                    such as {@link Failure.Reason#JAVASCRIPT_ONLY} explains why nothing was found
 */
public record ArtistSourceResult(
        List<ArtistCandidate> candidates, StudioDetails studio, int pagesFetched, List<Failure> failures) {
}

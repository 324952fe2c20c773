package tad.core.pipeline;

import java.util.Optional;
import tad.core.domain.Artist;
import tad.core.domain.ArtistStatus;
import tad.plugin.Failure;

/**
 * What a failed profile fetch means for an artist found on a studio's website. The site listing them is evidence
 * that they exist and work there, so they are listed from the site's facts whatever kept the profile from us
 * (a personal account under the Graph API, a business account refused by the logged-out source, a private account,
 * a login wall, throttling, the budget, no profile source at all). Only a handle that does not exist takes them off:
 * a stale link on the site names nobody.
 *
 * @param verdict        whether and how the artist is listed
 * @param failedRuns     consecutive fetches that found no such handle, after this one
 * @param keepInstagram  whether the Instagram content stored from an earlier fetch stays shown
 */
record Listing(Verdict verdict, int failedRuns, boolean keepInstagram) {

    enum Verdict {
        /** Listed from the site's facts (and stored Instagram content when kept). */
        FROM_SITE,
        /** The handle does not exist: recorded as unavailable, not served. */
        NOT_LISTED,
        /** Known not to exist from earlier runs, and this run's failure tells nothing new: left as it is. */
        STILL_UNLISTED
    }

    static Listing after(Failure failure, Optional<Artist> existing, int unavailableAfter) {
        int failedBefore = existing.map(Artist::failedRuns).orElse(0);
        boolean fetchedBefore = existing.flatMap(Artist::fetchedAt).isPresent();
        boolean knownMissing = existing.filter(a -> a.status() == ArtistStatus.UNAVAILABLE).isPresent()
                && failedBefore >= unavailableAfter;
        return switch (failure.reason()) {
            case NOT_FOUND -> {
                int failedRuns = failedBefore + 1;
                boolean missing = existing.isEmpty() || failedRuns >= unavailableAfter
                        || existing.get().status() == ArtistStatus.UNAVAILABLE;
                // a served artist's first 404 may be a blip: they stay listed until it repeats
                yield new Listing(missing ? Verdict.NOT_LISTED : Verdict.FROM_SITE, failedRuns, !missing);
            }
            // the account exists: it just will not show itself to this source
            case PRIVATE -> new Listing(Verdict.FROM_SITE, 0, false);
            case SOURCE_REFUSED -> new Listing(Verdict.FROM_SITE, 0, fetchedBefore);
            // the operator chose to fetch no profiles: every artist on a site is listed from it
            case NO_PROFILE_SOURCE -> new Listing(Verdict.FROM_SITE, failedBefore, fetchedBefore);
            default -> new Listing(knownMissing ? Verdict.STILL_UNLISTED : Verdict.FROM_SITE, failedBefore,
                    fetchedBefore);
        };
    }
}

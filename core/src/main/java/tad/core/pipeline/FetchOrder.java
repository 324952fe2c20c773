package tad.core.pipeline;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tad.core.domain.Artist;
import tad.plugin.Failure;

/**
 * The order in which a run fetches profiles, so that a limited request budget (the Graph API's calls per hour) goes
 * to the stalest first and an artist deferred by one run is among the first of the next:
 * <ol>
 *   <li>artists never fetched that are worth trying: new ones, and those whose last try was cut short (deferred,
 *       throttled, a network fault), least recently tried first;</li>
 *   <li>artists fetched before, oldest fetch first;</li>
 *   <li>last, artists the source could not read for a reason that rarely changes (a personal account under the
 *       Graph API, a professional one under the logged-out web API, private, not found): re-asked only when the
 *       budget allows.</li>
 * </ol>
 */
final class FetchOrder {
    private static final Set<Failure.Reason> SETTLED = Set.of(Failure.Reason.NOT_PROFESSIONAL,
            Failure.Reason.SOURCE_REFUSED, Failure.Reason.PRIVATE, Failure.Reason.NOT_FOUND,
            Failure.Reason.NO_PROFILE_SOURCE);

    /** An artist to fetch, with what the store knew about them before this run. */
    record Item(CandidateBook.Entry entry, Optional<Artist> stored) {
    }

    private FetchOrder() {
    }

    static List<Item> sort(List<Item> items) {
        return items.stream().sorted(Comparator.comparingInt(FetchOrder::tier).thenComparing(FetchOrder::age))
                .toList();
    }

    private static int tier(Item item) {
        if (item.stored().isEmpty()) {
            return 0;
        }
        Artist a = item.stored().get();
        if (a.fetchedAt().isPresent()) {
            return 1;
        }
        boolean settled = a.lastFailure().map(Failure::reason).filter(SETTLED::contains).isPresent();
        return settled ? 2 : 0;
    }

    /** Within a tier: the oldest fetch, or for never-fetched artists the oldest change, first. */
    private static Instant age(Item item) {
        return item.stored().map(a -> a.fetchedAt().orElse(a.updatedAt())).orElse(Instant.MIN);
    }
}

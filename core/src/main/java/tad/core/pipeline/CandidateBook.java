package tad.core.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import tad.core.domain.Studio;
import tad.plugin.ArtistCandidate;

/**
 * The artists the studio sites listed in this run, gathered while the studios are crawled so that the profiles can
 * then be fetched stalest first ({@link FetchOrder}) rather than in the order the sites happened to answer. Each
 * studio is marked done only once every artist it listed has been handled, so a run killed while fetching profiles
 * crawls the unfinished studios' sites again on resume and no artist is left unreached (and wrongly marked stale).
 */
final class CandidateBook {

    /** One artist and every studio that listed them, first listing first, each with what its site says. */
    record Entry(String handle, List<Listing> listings) {
    }

    /** One studio's listing of the artist: the studio and the candidate its site gave. */
    record Listing(Studio studio, ArtistCandidate candidate) {
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Map<String, AtomicInteger> pendingPerStudio = new ConcurrentHashMap<>();

    synchronized void add(String handle, ArtistCandidate candidate, Studio studio) {
        Entry entry = entries.get(handle);
        if (entry == null) {
            entries.put(handle, new Entry(handle, new ArrayList<>(List.of(new Listing(studio, candidate)))));
        } else if (entry.listings().stream().noneMatch(l -> l.studio().studioId().equals(studio.studioId()))) {
            entry.listings().add(new Listing(studio, candidate));
        } else {
            return;
        }
        pendingPerStudio.computeIfAbsent(studio.studioId(), k -> new AtomicInteger()).incrementAndGet();
    }

    synchronized List<Entry> entries() {
        return entries.values().stream().map(e -> new Entry(e.handle(), List.copyOf(e.listings()))).toList();
    }

    /** Records that an artist has been handled; returns the studios that have nothing left to handle now. */
    Set<String> handled(Entry entry) {
        Set<String> finished = new java.util.HashSet<>();
        for (Listing listing : entry.listings()) {
            AtomicInteger pending = pendingPerStudio.get(listing.studio().studioId());
            if (pending != null && pending.decrementAndGet() == 0) {
                finished.add(listing.studio().studioId());
            }
        }
        return finished;
    }

    /** Whether a crawled studio listed no artist at all (it is done as soon as its site is read). */
    boolean listedNone(String studioId) {
        return !pendingPerStudio.containsKey(studioId);
    }
}

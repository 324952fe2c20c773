package tad.core.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import tad.core.domain.Studio;

/**
 * The artists the studio sites listed in this run, gathered while the studios are crawled so that the profiles can
 * then be fetched stalest first ({@link FetchOrder}) rather than in the order the sites happened to answer. Each
 * studio is marked done only once every artist it listed has been handled, so a run killed while fetching profiles
 * crawls the unfinished studios' sites again on resume and no artist is left unreached (and wrongly marked stale).
 */
final class CandidateBook {

    /** One artist and every studio that listed them, first listing first. */
    record Entry(String handle, Optional<String> name, List<Studio> studios) {
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Map<String, AtomicInteger> pendingPerStudio = new ConcurrentHashMap<>();

    synchronized void add(String handle, Optional<String> name, Studio studio) {
        Entry entry = entries.get(handle);
        if (entry == null) {
            entries.put(handle, new Entry(handle, name, new ArrayList<>(List.of(studio))));
        } else if (entry.studios().stream().noneMatch(s -> s.studioId().equals(studio.studioId()))) {
            entry.studios().add(studio);
        } else {
            return;
        }
        pendingPerStudio.computeIfAbsent(studio.studioId(), k -> new AtomicInteger()).incrementAndGet();
    }

    synchronized List<Entry> entries() {
        return entries.values().stream().map(e -> new Entry(e.handle(), e.name(), List.copyOf(e.studios()))).toList();
    }

    /** Records that an artist has been handled; returns the studios that have nothing left to handle now. */
    Set<String> handled(Entry entry) {
        Set<String> finished = new java.util.HashSet<>();
        for (Studio studio : entry.studios()) {
            AtomicInteger pending = pendingPerStudio.get(studio.studioId());
            if (pending != null && pending.decrementAndGet() == 0) {
                finished.add(studio.studioId());
            }
        }
        return finished;
    }

    /** Whether a crawled studio listed no artist at all (it is done as soon as its site is read). */
    boolean listedNone(String studioId) {
        return !pendingPerStudio.containsKey(studioId);
    }
}

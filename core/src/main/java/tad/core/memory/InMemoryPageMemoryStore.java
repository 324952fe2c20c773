package tad.core.memory;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import tad.plugin.RememberedPage;

/** Page memory in this process only: for tests and one-off runs that keep nothing between runs. */
public final class InMemoryPageMemoryStore implements PageMemoryStore {
    private final Map<String, Map<String, RememberedPage>> bySite = new ConcurrentHashMap<>();

    @Override
    public Optional<RememberedPage> recall(String owner, URI page) {
        return Optional.ofNullable(bySite.getOrDefault(PageMemoryStore.siteOf(page), Map.of())
                .get(owner + " " + page));
    }

    @Override
    public void remember(String owner, URI page, RememberedPage memory) {
        if (memory.yield().length > MAX_YIELD_BYTES) {
            return;
        }
        bySite.computeIfAbsent(PageMemoryStore.siteOf(page), site -> new ConcurrentHashMap<>())
                .put(owner + " " + page, memory);
    }

    @Override
    public int forgetSite(URI site) {
        Map<String, RememberedPage> gone = bySite.remove(PageMemoryStore.siteOf(site));
        return gone == null ? 0 : gone.size();
    }
}

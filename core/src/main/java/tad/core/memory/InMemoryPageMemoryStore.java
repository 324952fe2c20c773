package tad.core.memory;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import tad.plugin.RememberedPage;

/** Page memory in this process only: for tests and one-off runs that keep nothing between runs. */
public final class InMemoryPageMemoryStore implements PageMemoryStore {
    private record Kept(RememberedPage page, Set<String> names) {
    }

    private final Map<String, Map<String, Kept>> bySite = new ConcurrentHashMap<>();

    @Override
    public Optional<RememberedPage> recall(String owner, URI page) {
        return Optional.ofNullable(bySite.getOrDefault(PageMemoryStore.siteOf(page), Map.of())
                .get(owner + " " + page)).map(Kept::page);
    }

    @Override
    public void remember(String owner, URI page, RememberedPage memory, Set<String> names) {
        if (memory.yield().length > MAX_YIELD_BYTES) {
            return;
        }
        bySite.computeIfAbsent(PageMemoryStore.siteOf(page), site -> new ConcurrentHashMap<>())
                .put(owner + " " + page, new Kept(memory, Set.copyOf(names)));
    }

    @Override
    public void forget(String owner, URI page) {
        bySite.getOrDefault(PageMemoryStore.siteOf(page), new ConcurrentHashMap<>()).remove(owner + " " + page);
    }

    @Override
    public int forgetSite(URI site) {
        Map<String, Kept> gone = bySite.remove(PageMemoryStore.siteOf(site));
        return gone == null ? 0 : gone.size();
    }

    @Override
    public Set<String> sitesNaming(String name) {
        return bySite.entrySet().stream()
                .filter(site -> site.getValue().values().stream().anyMatch(kept -> kept.names().contains(name)))
                .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
    }
}

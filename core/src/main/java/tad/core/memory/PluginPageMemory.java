package tad.core.memory;

import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tad.plugin.PageMemory;
import tad.plugin.RememberedPage;

/**
 * One plugin's view of the page memory: its own entries only. The store is opened on first use, so verbs that never
 * crawl never open it. The memory is a cache of what pages yielded: when the store fails, the page is treated as
 * unknown (fetched in full) and the crawl goes on, rather than failing the site. A page that names a denylisted
 * artist is not kept ({@link PageMemoryNames}).
 */
public final class PluginPageMemory implements PageMemory {
    private static final Logger LOG = LoggerFactory.getLogger(PluginPageMemory.class);

    private final String owner;
    private final Supplier<PageMemoryNames> store;

    public PluginPageMemory(String owner, Supplier<PageMemoryNames> store) {
        this.owner = owner;
        this.store = store;
    }

    @Override
    public Optional<RememberedPage> recall(URI page) {
        try {
            return store.get().recall(owner, page);
        } catch (RuntimeException e) {
            LOG.warn("page memory of {} unreadable for a page of {}: {}", owner, page.getHost(),
                    e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    @Override
    public void remember(URI page, RememberedPage memory) {
        try {
            if (!store.get().remember(owner, page, memory)) {
                LOG.info("page memory of {} keeps nothing of a page of {}: it names a denylisted artist", owner,
                        page.getHost());
            }
        } catch (RuntimeException e) {
            LOG.warn("page memory of {} not kept for a page of {}: {}", owner, page.getHost(),
                    e.getClass().getSimpleName());
        }
    }
}

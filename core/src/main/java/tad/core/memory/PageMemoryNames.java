package tad.core.memory;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import tad.core.denylist.Denylist;
import tad.plugin.InstagramHandles;
import tad.plugin.RememberedPage;

/**
 * The page memory seen through the denylist: a page that names a denylisted artist is never kept (what was kept of
 * it is dropped), and the handles a kept page names are stored only as the denylist's own keyed hashes, so a
 * removal can find and drop every site whose pages name the artist, and `tad removals verify` can look there too.
 */
public final class PageMemoryNames {
    private final PageMemoryStore store;
    private final Denylist denylist;

    public PageMemoryNames(PageMemoryStore store, Denylist denylist) {
        this.store = store;
        this.denylist = denylist;
    }

    public Optional<RememberedPage> recall(String owner, URI page) {
        return store.recall(owner, page);
    }

    /** Keeps the page unless it names a denylisted artist; returns whether it was kept. */
    public boolean remember(String owner, URI page, RememberedPage memory) {
        List<String> handles = memory.names().stream().map(InstagramHandles::normalise).flatMap(Optional::stream)
                .distinct().toList();
        if (denylist.anyHandleDenied(handles)) {
            store.forget(owner, page);
            return false;
        }
        store.remember(owner, page, memory, handles.stream().map(denylist::handleHash)
                .collect(Collectors.toUnmodifiableSet()));
        return true;
    }

    /** The sites ({@link PageMemoryStore#siteOf}) whose remembered pages name this handle. */
    public Set<String> sitesNaming(String handle) {
        return InstagramHandles.normalise(handle).map(normal -> store.sitesNaming(denylist.handleHash(normal)))
                .orElse(Set.of());
    }

    /** Forgets every site whose remembered pages name this handle (read afresh next crawl); returns pages dropped. */
    public int forgetNaming(String handle) {
        return InstagramHandles.normalise(handle).map(normal -> store.forgetNaming(denylist.handleHash(normal)))
                .orElse(0);
    }

    /** Forgets every page kept for the site of this URL. */
    public int forgetSite(URI site) {
        return store.forgetSite(site);
    }
}

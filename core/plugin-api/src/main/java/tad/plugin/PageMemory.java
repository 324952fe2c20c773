package tad.plugin;

import java.net.URI;
import java.util.Optional;

/**
 * Remembers, across crawl runs, what each page a source fetched yielded together with its validators, so that a
 * refetch can be conditional and an unchanged page costs one 304. The host keeps one memory per plugin; a source
 * only sees its own pages. What is remembered is dropped when an artist it names is removed.
 */
public interface PageMemory {

    /** Remembers nothing and recalls nothing: every fetch is a full one (the default, and `tad check`). */
    PageMemory NONE = new PageMemory() {
        @Override
        public Optional<RememberedPage> recall(URI page) {
            return Optional.empty();
        }

        @Override
        public void remember(URI page, RememberedPage memory) {
            // nothing is kept
        }
    };

    Optional<RememberedPage> recall(URI page);

    /** Keeps the page's memory, replacing what was kept; too large a yield is simply not kept. */
    void remember(URI page, RememberedPage memory);
}

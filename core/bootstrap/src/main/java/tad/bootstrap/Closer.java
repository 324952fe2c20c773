package tad.bootstrap;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the bootstrap opened, closed last-opened-first; one failing close does not keep the others open. */
public final class Closer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Closer.class);
    private final List<AutoCloseable> opened = new ArrayList<>();

    public synchronized <T extends AutoCloseable> T register(T resource) {
        opened.add(resource);
        return resource;
    }

    @Override
    public synchronized void close() {
        for (int i = opened.size() - 1; i >= 0; i--) {
            try {
                opened.get(i).close();
            } catch (Exception e) {
                LOG.warn("closing {} failed: {}", opened.get(i).getClass().getSimpleName(), e.toString());
            }
        }
        opened.clear();
    }
}

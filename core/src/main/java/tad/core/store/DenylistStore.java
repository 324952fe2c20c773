package tad.core.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Keyed hashes of denylisted identifiers. It never holds a readable identifier: callers hash with
 * {@link tad.core.denylist.DenylistKey} first.
 */
public interface DenylistStore {

    /** Returns false when the hash was already present. */
    boolean add(String hash, String kind, Instant at);

    boolean remove(String hash);

    boolean contains(String hash);

    /** Whether any of the hashes is present, in one round trip where the store can (every profile read asks). */
    boolean containsAny(Collection<String> hashes);

    List<Entry> list();

    /** One denylist entry: the hash, what kind of identifier it hashes (handle, artist-id), when it was added. */
    record Entry(String hash, String kind, Instant addedAt) {
    }
}

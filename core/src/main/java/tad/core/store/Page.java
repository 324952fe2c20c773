package tad.core.store;

import java.util.List;
import java.util.Optional;

/** One page of a key-ordered listing, with an opaque token for the next page. */
public record Page<T>(List<T> items, Optional<String> nextToken) {
    public Page {
        items = List.copyOf(items);
    }
}

package tad.styles;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Hashtags that say nothing about style: generic, booking, place, brand, placement, subject. {@code stop-list.txt} */
public final class StopList {

    private final Set<String> terms;

    StopList(Set<String> terms) {
        this.terms = Set.copyOf(terms);
    }

    static StopList from(DataFile file) {
        return new StopList(file.lines().stream().map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toSet()));
    }

    /** Whether a cleaned hashtag (lowercase, no '#') is stop-listed. */
    public boolean contains(String cleanedHashtag) {
        return terms.contains(cleanedHashtag);
    }

    Set<String> terms() {
        return terms;
    }
}

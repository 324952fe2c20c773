package tad.cli;

import tad.core.geo.Gazetteer;
import tad.plugin.SearchArea;

/** A city named on the command line, looked up in the bundled gazetteer; an unknown name is a usage error. */
final class Cities {
    private Cities() {
    }

    /** {@code otherwise}: what the message suggests when no city is close to the name. */
    static SearchArea area(String name, String otherwise) {
        Gazetteer gazetteer = Gazetteer.bundled();
        return gazetteer.find(name).map(c -> c.toArea()).orElseThrow(() -> {
            var close = gazetteer.closeMatches(name, 3);
            return new UsageException("unknown city '" + name + "'"
                    + (close.isEmpty() ? "; " + otherwise
                    : "; did you mean: " + String.join(", ", close) + "?"));
        });
    }
}

package tad.cli;

import tad.core.geo.Gazetteer;
import tad.plugin.SearchArea;

/** A city named on the command line, looked up in the bundled gazetteer; an unknown name is a usage error. */
final class Cities {
    private Cities() {
    }

    static SearchArea area(String name) {
        Gazetteer gazetteer = Gazetteer.bundled();
        return gazetteer.find(name).map(c -> c.toArea()).orElseThrow(() -> {
            var close = gazetteer.closeMatches(name, 3);
            return new UsageException("unknown city '" + name + "'"
                    + (close.isEmpty() ? "; use --bbox for an area outside the gazetteer"
                    : "; did you mean: " + String.join(", ", close) + "?"));
        });
    }
}

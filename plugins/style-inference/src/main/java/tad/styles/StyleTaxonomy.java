package tad.styles;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The canonical styles: slug to display label, in display order. Loaded from {@code taxonomy.txt}. */
public final class StyleTaxonomy {

    private final Map<String, String> labels;
    private final List<String> slugs;

    StyleTaxonomy(Map<String, String> labels) {
        this.labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        this.slugs = List.copyOf(labels.keySet());
    }

    static StyleTaxonomy from(DataFile file) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (DataFile.Entry entry : file.entries()) {
            if (!entry.key().matches("[a-z]+(-[a-z]+)*")) {
                throw new IllegalStateException(file.name() + ":" + entry.line() + ": slug '" + entry.key()
                        + "' must be lowercase words joined by '-'");
            }
            if (labels.put(entry.key(), entry.value()) != null) {
                throw new IllegalStateException(file.name() + ":" + entry.line() + ": duplicate slug " + entry.key());
            }
        }
        return new StyleTaxonomy(labels);
    }

    /** Every slug, in display order. */
    public List<String> slugs() {
        return slugs;
    }

    public boolean contains(String slug) {
        return labels.containsKey(slug);
    }

    public Optional<String> label(String slug) {
        return Optional.ofNullable(labels.get(slug));
    }

    /** Position in display order, used to break score ties deterministically. */
    int rank(String slug) {
        return slugs.indexOf(slug);
    }
}

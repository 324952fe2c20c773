package tad.core.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The canonical styles (slug and display label), read from data: {@code tad/style-taxonomy.txt}, with a plain-English
 * description of each from {@code tad/style-descriptions.txt}.
 */
public final class StyleTaxonomy {
    private static final StyleTaxonomy BUNDLED = new StyleTaxonomy(read("/tad/style-taxonomy.txt"),
            read("/tad/style-descriptions.txt"));
    private final Map<String, String> labels;
    private final Map<String, String> descriptions;

    private StyleTaxonomy(Map<String, String> labels, Map<String, String> descriptions) {
        if (!descriptions.keySet().equals(labels.keySet())) {
            throw new IllegalStateException("tad/style-descriptions.txt must describe exactly the styles of "
                    + "tad/style-taxonomy.txt; it has " + descriptions.keySet() + " for " + labels.keySet());
        }
        this.labels = Collections.unmodifiableMap(labels);
        this.descriptions = Collections.unmodifiableMap(descriptions);
    }

    public static StyleTaxonomy bundled() {
        return BUNDLED;
    }

    public List<String> slugs() {
        return List.copyOf(labels.keySet());
    }

    public boolean isKnown(String slug) {
        return labels.containsKey(slug);
    }

    public Optional<String> label(String slug) {
        return Optional.ofNullable(labels.get(slug));
    }

    /** What the style looks like, in a sentence or two for people choosing an artist. */
    public Optional<String> description(String slug) {
        return Optional.ofNullable(descriptions.get(slug));
    }

    /** {@code slug|text} lines in order; blank lines and {@code #} comments skipped; a bare slug is its own text. */
    private static Map<String, String> read(String resource) {
        Map<String, String> entries = new LinkedHashMap<>();
        try (InputStream in = StyleTaxonomy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource.substring(1) + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                String[] parts = text.split("\\|", 2);
                entries.put(parts[0].strip(), parts.length > 1 ? parts[1].strip() : parts[0].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}

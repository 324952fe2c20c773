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

/** The canonical styles (slug and display label), read from data: {@code tad/style-taxonomy.txt}. */
public final class StyleTaxonomy {
    private static final StyleTaxonomy BUNDLED = load();
    private final Map<String, String> labels;

    private StyleTaxonomy(Map<String, String> labels) {
        this.labels = Collections.unmodifiableMap(labels);
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

    private static StyleTaxonomy load() {
        Map<String, String> labels = new LinkedHashMap<>();
        try (InputStream in = StyleTaxonomy.class.getResourceAsStream("/tad/style-taxonomy.txt")) {
            if (in == null) {
                throw new IllegalStateException("tad/style-taxonomy.txt is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                String[] parts = text.split("\\|", 2);
                labels.put(parts[0].strip(), parts.length > 1 ? parts[1].strip() : parts[0].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new StyleTaxonomy(labels);
    }
}

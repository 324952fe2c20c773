package tad.styles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The plugin carries its own copy of the taxonomy (a plugin jar depends on the plugin API only), so the build checks
 * that it says exactly what the host's copy ({@code core/.../tad/style-taxonomy.txt}, used by the index, the API and
 * the web app) and the documentation ({@code docs/style-inference.md}) say: the same slugs, labels and order.
 */
class TaxonomyAgreementTest {

    private static final Path REPOSITORY = Path.of("../..");
    // a row of the taxonomy table in docs/style-inference.md: | slug | Label | aliases |
    private static final Pattern DOC_ROW = Pattern.compile("^\\| ([a-z]+(?:-[a-z]+)*) \\| ([^|]+?) \\|", Pattern.MULTILINE);

    private final StyleTaxonomy plugin = StyleData.bundled().taxonomy();

    @Test
    void thePluginsTaxonomyIsTheHostsTaxonomy() throws IOException {
        Map<String, String> host = new LinkedHashMap<>();
        for (String line : Files.readAllLines(REPOSITORY.resolve("core/src/main/resources/tad/style-taxonomy.txt"),
                StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] parts = line.split("\\|", 2);
                host.put(parts[0].strip(), parts[1].strip());
            }
        }
        assertThat(labels()).containsExactlyEntriesOf(host);
    }

    @Test
    void thePluginsTaxonomyIsTheDocumentedTaxonomy() throws IOException {
        String doc = Files.readString(REPOSITORY.resolve("docs/style-inference.md"), StandardCharsets.UTF_8);
        String table = doc.substring(doc.indexOf("## Taxonomy"), doc.indexOf("\n## ", doc.indexOf("## Taxonomy") + 1));
        Map<String, String> documented = new LinkedHashMap<>();
        Matcher row = DOC_ROW.matcher(table);
        while (row.find()) {
            if (!row.group(1).equals("slug")) {
                documented.put(row.group(1), row.group(2).strip());
            }
        }
        assertThat(labels()).containsExactlyEntriesOf(documented);
    }

    private Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        plugin.slugs().forEach(slug -> labels.put(slug, plugin.label(slug).orElseThrow()));
        return labels;
    }
}

package tad.cli.styles;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import tad.plugin.ArtistEvidence;
import tad.plugin.SourceText;
import tad.plugin.Enricher;
import tad.plugin.Enrichment;
import tad.plugin.PluginContext;
import tad.plugin.StyleEvidence;

/**
 * A stand-in for the style-inference plugin, so these tests exercise the verbs and not the inference (which the
 * plugin module tests): a style is any of a few slugs written as a plain word in the bio or a caption, and the
 * hashtags are the bio's '#' words.
 */
final class KeywordEnricher implements Enricher {

    private static final Set<String> SLUGS = Set.of("blackwork", "dotwork", "realism");

    @Override
    public Enrichment enrich(ArtistEvidence artist, PluginContext context) {
        List<String> words = artist.sources().stream()
                .flatMap(source -> Stream.concat(Stream.of(source.bio()), source.captions().stream()))
                .flatMap(text -> Arrays.stream(text.split("\\s+"))).toList();
        Set<String> styles = new LinkedHashSet<>(words.stream().filter(SLUGS::contains).toList());
        Set<String> hashtags = new LinkedHashSet<>(artist.sources().stream().map(SourceText::bio)
                .flatMap(bio -> Arrays.stream(bio.split("\\s+")))
                .filter(w -> w.startsWith("#")).map(w -> w.substring(1)).toList());
        List<StyleEvidence> evidence = styles.stream()
                .map(s -> new StyleEvidence(s, 1, List.of("bio:" + s))).toList();
        return new Enrichment(styles, hashtags, evidence);
    }
}

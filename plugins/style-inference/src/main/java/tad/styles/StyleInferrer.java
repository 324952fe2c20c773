package tad.styles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tad.plugin.ArtistEvidence;
import tad.plugin.SourceText;
import tad.plugin.StyleEvidence;

/**
 * Infers canonical tattoo styles from a bio and post captions. Plain Java, no PF4J: the enricher plugin wraps it,
 * and tests and tools use it directly. Thread-safe.
 *
 * <pre>{@code
 * StyleInferrer inferrer = new StyleInferrer(StyleData.bundled(), InferenceSettings.DEFAULTS);
 * inferrer.infer("#neotrad and #bng", List.of()).styles();   // [neo-traditional, black-and-grey]
 * }</pre>
 *
 * <p>An artist's evidence from several sources ({@link #infer(ArtistEvidence)}) is read source by source, and every
 * place is named after its source ("instagram bio", "studio-website specialisms"), so the evidence of each style
 * says which source named it. A website's bio and the specialisms it names count as a bio: the studio states them.
 */
public final class StyleInferrer {

    static final String BIO = "bio";
    static final String SPECIALISMS = "specialisms";

    private final StyleData data;
    private final InferenceSettings settings;
    private final MentionFinder finder;
    private final LiteralHashtagRule literalRule;

    public StyleInferrer(StyleData data, InferenceSettings settings) {
        this.data = data;
        this.settings = settings;
        this.finder = new MentionFinder(data.aliases(), data.hashtags(), data.cues(), settings.negationWindow());
        this.literalRule = new LiteralHashtagRule(data.stopList());
    }

    /** One bio and its captions, from a source that needs no name (a single profile). */
    public StyleInference infer(String bio, List<String> captions) {
        List<Mention> mentions = new ArrayList<>(finder.find(bio, BIO));
        for (int i = 0; i < captions.size(); i++) {
            mentions.addAll(finder.find(captions.get(i), "caption " + (i + 1)));
        }
        return rank(mentions, literalRule.apply(bio));
    }

    /** Everything the sources said about an artist; the evidence names the source of every mention. */
    public StyleInference infer(ArtistEvidence evidence) {
        List<Mention> mentions = new ArrayList<>();
        Set<String> hashtags = new LinkedHashSet<>();
        for (SourceText text : evidence.sources()) {
            String source = text.source() + " ";
            mentions.addAll(finder.find(text.bio(), source + BIO));
            for (int i = 0; i < text.captions().size(); i++) {
                mentions.addAll(finder.find(text.captions().get(i), source + "caption " + (i + 1)));
            }
            // one clause per specialism: "Fine line, Japanese" must not read as one phrase across the comma
            mentions.addAll(finder.find(String.join("; ", text.specialisms()), source + SPECIALISMS));
            hashtags.addAll(literalRule.apply(text.bio()));
        }
        return rank(mentions, hashtags);
    }

    private StyleInference rank(List<Mention> mentions, Set<String> hashtags) {
        Map<String, StyleScore> scores = new LinkedHashMap<>();
        for (Mention mention : mentions) {
            scores.computeIfAbsent(mention.style(), StyleScore::new).add(mention);
        }
        List<StyleScore> ranked = scores.values().stream()
                .sorted(Comparator.comparingDouble((StyleScore s) -> -s.score(settings))
                        .thenComparingInt(s -> data.taxonomy().rank(s.style())))
                .toList();
        List<String> styles = new ArrayList<>();
        List<StyleEvidence> evidence = new ArrayList<>();
        List<StyleEvidence> rejected = new ArrayList<>();
        for (StyleScore score : ranked) {
            if (keeps(score)) {
                styles.add(score.style());
                evidence.add(score.evidence());
            } else {
                rejected.add(score.evidence());
            }
        }
        return new StyleInference(styles, hashtags, evidence, rejected);
    }

    /** Every mention found, negated ones included: for explaining and debugging a result. */
    public List<Mention> mentions(String text, String place) {
        return finder.find(text, place);
    }

    private boolean keeps(StyleScore score) {
        if (settings.bioNegationVetoes() && score.negatedInBio()) {
            return false;
        }
        // a small epsilon: weights like 0.1 + 0.2 must still reach a 0.3 threshold
        return score.score(settings) + 1e-9 >= settings.minScore();
    }
}

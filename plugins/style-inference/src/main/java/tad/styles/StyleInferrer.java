package tad.styles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tad.plugin.StyleEvidence;

/**
 * Infers canonical tattoo styles from a bio and post captions. Plain Java, no PF4J: the enricher plugin wraps it,
 * and tests and tools use it directly. Thread-safe.
 *
 * <pre>{@code
 * StyleInferrer inferrer = new StyleInferrer(StyleData.bundled(), InferenceSettings.DEFAULTS);
 * inferrer.infer("#neotrad and #bng", List.of()).styles();   // [neo-traditional, black-and-grey]
 * }</pre>
 */
public final class StyleInferrer {

    static final String BIO = "bio";

    private final StyleData data;
    private final InferenceSettings settings;
    private final MentionFinder finder;
    private final LiteralHashtagRule literalRule;

    public StyleInferrer(StyleData data, InferenceSettings settings) {
        this.data = data;
        this.settings = settings;
        this.finder = new MentionFinder(data.aliases(), data.hashtags(), data.negation(), settings.negationWindow());
        this.literalRule = new LiteralHashtagRule(data.stopList());
    }

    public StyleInference infer(String bio, List<String> captions) {
        List<Mention> mentions = new ArrayList<>(finder.find(bio, BIO));
        for (int i = 0; i < captions.size(); i++) {
            mentions.addAll(finder.find(captions.get(i), "caption " + (i + 1)));
        }
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
        return new StyleInference(styles, literalRule.apply(bio), evidence, rejected);
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

package tad.styles;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tad.plugin.StyleEvidence;

/** The mentions of one style in one profile, and the score they add up to under {@link InferenceSettings}. */
final class StyleScore {

    private final String style;
    private final List<Mention> positive = new ArrayList<>();
    private final List<Mention> negated = new ArrayList<>();
    private final Set<String> captionsNaming = new LinkedHashSet<>();
    private boolean inBio;
    private boolean negatedInBio;

    StyleScore(String style) {
        this.style = style;
    }

    void add(Mention mention) {
        if (mention.negated()) {
            negated.add(mention);
            negatedInBio |= mention.inBio();
            return;
        }
        positive.add(mention);
        if (mention.inBio()) {
            inBio = true;
        } else {
            captionsNaming.add(mention.place());
        }
    }

    double score(InferenceSettings settings) {
        return (inBio ? settings.bioWeight() : 0) + captionsNaming.size() * settings.captionWeight();
    }

    boolean negatedInBio() {
        return negatedInBio;
    }

    String style() {
        return style;
    }

    /** Mentions counts the positive ones; where lists them, then the negated ones marked as such. */
    StyleEvidence evidence() {
        List<String> where = new ArrayList<>(positive.stream().map(Mention::where).distinct().toList());
        negated.stream().map(m -> m.where() + " (negated)").distinct().forEach(where::add);
        return new StyleEvidence(style, positive.size(), where);
    }
}

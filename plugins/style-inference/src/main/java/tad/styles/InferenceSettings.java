package tad.styles;

import tad.plugin.ConfigSection;

/**
 * The tunable thresholds. A style is kept when its score reaches {@code minScore}, where the score is
 * {@code bioWeight} if the bio names it plus {@code captionWeight} for each caption that names it (a caption counts
 * once however many tags it stacks, because tag walls like "#realism #realismtattoo #realistic" are one post's
 * reach-seeking, not three pieces of evidence). With the defaults one bio mention is enough, and a style only seen
 * in captions needs two posts.
 *
 * @param bioWeight          score of a style the bio names
 * @param captionWeight      score per caption naming it
 * @param minScore           score needed to keep a style
 * @param negationWindow     how many words before a mention a negation cue may stand
 * @param bioNegationVetoes  whether a style the bio rules out ("no realism") is dropped even if captions name it
 */
public record InferenceSettings(double bioWeight, double captionWeight, double minScore, int negationWindow,
                                boolean bioNegationVetoes) {

    public static final InferenceSettings DEFAULTS = new InferenceSettings(2.0, 1.0, 2.0, 4, true);

    public InferenceSettings {
        if (bioWeight < 0 || captionWeight < 0 || minScore <= 0 || negationWindow < 0) {
            throw new IllegalArgumentException("style-inference settings must be non-negative and min-score > 0: "
                    + "bio-weight=" + bioWeight + " caption-weight=" + captionWeight + " min-score=" + minScore
                    + " negation-window=" + negationWindow);
        }
    }

    /** Reads the plugin's config section ({@code plugin.style-inference.*}); absent keys keep the defaults. */
    public static InferenceSettings from(ConfigSection config) {
        return new InferenceSettings(
                config.decimal("bio-weight", DEFAULTS.bioWeight()),
                config.decimal("caption-weight", DEFAULTS.captionWeight()),
                config.decimal("min-score", DEFAULTS.minScore()),
                config.integer("negation-window", DEFAULTS.negationWindow()),
                config.bool("bio-negation-vetoes", DEFAULTS.bioNegationVetoes()));
    }
}

package tad.styles;

import java.util.LinkedHashSet;
import java.util.List;

/** Runs the inference, or the literal SRS rule, over a labelled split. */
final class Evaluation {

    private static final StyleInferrer INFERRER = new StyleInferrer(StyleData.bundled(), InferenceSettings.DEFAULTS);

    private Evaluation() {
    }

    static Scoreboard inferred(List<LabelledProfile> profiles) {
        Scoreboard board = new Scoreboard();
        for (LabelledProfile p : profiles) {
            board.add(p, new LinkedHashSet<>(INFERRER.infer(p.bio(), p.captions()).styles()));
        }
        return board;
    }

    /** The SRS rule's cleaned hashtags taken as styles: only tags spelled exactly like a slug can be right. */
    static Scoreboard literal(List<LabelledProfile> profiles) {
        Scoreboard board = new Scoreboard();
        for (LabelledProfile p : profiles) {
            board.add(p, INFERRER.infer(p.bio(), p.captions()).hashtags());
        }
        return board;
    }
}

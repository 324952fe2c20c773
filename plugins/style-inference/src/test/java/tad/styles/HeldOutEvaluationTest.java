package tad.styles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The figure that answers SRS 8.3: micro-F1 on the held-out split (labelled/test.jsonl). That file was written
 * before any alias or threshold was tuned, and nothing was tuned on it afterwards; see
 * docs/benchmarks.md.
 */
class HeldOutEvaluationTest {

    private static final List<String> SLUGS = StyleData.bundled().taxonomy().slugs();

    @Test
    void microF1OnTheHeldOutSplitIsAtLeast085() throws IOException {
        List<LabelledProfile> test = LabelledProfile.split("test");
        Scoreboard inferred = Evaluation.inferred(test);
        Scoreboard literal = Evaluation.literal(test);
        String title = "style inference, held-out test split (" + test.size() + " profiles)";
        System.out.println(inferred.report(title, SLUGS, 10));
        System.out.println(literal.report("literal SRS rule, held-out test split", SLUGS, 0));

        assertThat(test).hasSizeGreaterThanOrEqualTo(40);
        assertThat(inferred.micro().f1()).isGreaterThanOrEqualTo(0.85);
    }
}

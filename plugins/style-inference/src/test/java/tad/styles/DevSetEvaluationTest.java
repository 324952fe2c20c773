package tad.styles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Figures on the development split, the one the aliases and thresholds were tuned on. Printed for
 * docs/benchmarks.md; the held-out figure is in {@link HeldOutEvaluationTest}.
 */
class DevSetEvaluationTest {

    private static final List<String> SLUGS = StyleData.bundled().taxonomy().slugs();

    @Test
    void inferenceBeatsTheLiteralRuleOnTheDevSplit() throws IOException {
        List<LabelledProfile> dev = LabelledProfile.split("dev");
        Scoreboard inferred = Evaluation.inferred(dev);
        Scoreboard literal = Evaluation.literal(dev);
        System.out.println(inferred.report("style inference, dev split (" + dev.size() + " profiles)", SLUGS, 10));
        System.out.println(literal.report("literal SRS rule, dev split", SLUGS, 0));

        assertThat(dev).hasSizeGreaterThanOrEqualTo(80);
        assertThat(inferred.micro().f1()).isGreaterThan(literal.micro().f1()).isGreaterThanOrEqualTo(0.9);
    }

    /** Keeps gold labels honest: every gold slug must be a taxonomy slug. */
    @Test
    void goldLabelsAreTaxonomySlugs() throws IOException {
        StyleTaxonomy taxonomy = StyleData.bundled().taxonomy();
        TreeSet<String> gold = new TreeSet<>();
        LabelledProfile.split("dev").forEach(p -> gold.addAll(p.gold()));
        LabelledProfile.split("test").forEach(p -> gold.addAll(p.gold()));
        assertThat(gold).allMatch(taxonomy::contains);
    }
}

package tad.styles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Scores every labelled file named in {@code labelled/splits.txt}, prints the figures for docs/benchmarks.md, and
 * holds them to the targets of issue 18: precision at least 0.90 on every set; micro-F1 at least 0.90 on the
 * author's sets and 0.85 on public text the project did not write.
 *
 * <p>A set below those targets is not left out and not relabelled: it is listed in {@code BELOW_TARGET}, held at the
 * level last measured so that it cannot get worse unnoticed, and printed as BELOW TARGET (docs/benchmarks.md says
 * why, error by error): {@code outside-tune-4}, held out as {@code outside-heldout-3} at its one run (6253de5: P 0.577,
 * F1 0.707 on 65 artists), then tuned on in the fourth round (P 0.678, F1 0.769) and the fifth (P 0.851, F1 0.870:
 * its F1 now meets the target, its precision does not); {@code outside-tune-5}, outside narrative text held out as
 * {@code outside-heldout-5} at its one run (7dc5351, set committed in fc7a9a4; rules of 3a24491: P 0.750, R 0.938,
 * F1 0.833 on 57 artists), then tuned on in the sixth round (P 0.842, F1 0.914); {@code outside-tune-6}, outside
 * narrative text collected after the sixth round and held out as {@code outside-heldout-6} at its one run (set
 * committed in 40c6881; rules of 6657deb: P 0.619, R 0.929, F1 0.743 on 45 artists), whose errors were read since
 * to compare other methods (none adopted, so its figures are unchanged); {@code outside-tune-7}, outside narrative
 * text collected after the rules were frozen at 28d605e and held out as {@code outside-heldout-7} at its one run (set
 * committed in 3a59430: P 0.597, R 0.896, F1 0.717 on 81 artists), whose errors were read since; and
 * {@code outside-tune-8}, {@code -9}, {@code -10}, outside narrative text collected as training data for the mention
 * classifier (never held out), held at their first scoring by the frozen cue lists of b555bb5 (P 0.523, F1 0.654 on
 * 90 artists; P 0.439, F1 0.542 on 102; P 0.407, F1 0.530 on 112): nothing was tuned on them when they were added.
 * The seventh round (running prose and its cues, tuned on {@code outside-tune-7}, {@code -8}, {@code -9}) raised
 * {@code outside-tune-4} to P 0.870, F1 0.879, {@code -6} to 0.650 / 0.765, {@code -7} to 0.768 / 0.827, {@code -8}
 * to 0.702 / 0.767 and {@code -9} to 0.744 / 0.725; their floors went up with them.
 */
class LabelledSetsEvaluationTest {

    private static final List<String> SLUGS = StyleData.bundled().taxonomy().slugs();

    /** Precision and micro-F1 a set below the targets is held at: its measured figures, rounded down. */
    record Floor(double precision, double f1) {
    }

    private static final Map<String, Floor> BELOW_TARGET = Map.of(
            "outside-tune-4.jsonl", new Floor(0.86, 0.87),
            "outside-tune-5.jsonl", new Floor(0.84, 0.91),
            "outside-tune-6.jsonl", new Floor(0.64, 0.76),
            "outside-tune-7.jsonl", new Floor(0.76, 0.82),
            "outside-tune-8.jsonl", new Floor(0.70, 0.76),
            "outside-tune-9.jsonl", new Floor(0.74, 0.72),
            "outside-tune-10.jsonl", new Floor(0.40, 0.53));

    record Split(String file, String name) {
        /** Text the project did not write: the public sets and the outside sets (LABELLING-RULE-OUTSIDE.md). */
        boolean publicText() {
            return file.startsWith("public-") || file.startsWith("outside-");
        }

        @Override
        public String toString() {
            return file + " (" + name + ")";
        }
    }

    static Stream<Split> splits() throws IOException {
        try (InputStream in = LabelledSetsEvaluationTest.class.getResourceAsStream("/labelled/splits.txt")) {
            List<Split> splits = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split("=", 2);
                    splits.add(new Split(parts[0].strip(), parts[1].strip()));
                }
            }
            return splits.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("splits")
    void meetsTheTargets(Split split) throws IOException {
        List<LabelledProfile> profiles = LabelledProfile.split(split.file().replace(".jsonl", ""));
        Scoreboard inferred = Evaluation.inferred(profiles);
        Scoreboard literal = Evaluation.literal(profiles);
        System.out.println(inferred.report("style inference, " + split + ", " + profiles.size() + " profiles",
                SLUGS, 10));
        System.out.println(literal.report("literal SRS rule, " + split, SLUGS, 0));

        assertThat(profiles).hasSizeGreaterThanOrEqualTo(15);
        Floor floor = BELOW_TARGET.getOrDefault(split.file(), new Floor(0.90, split.publicText() ? 0.85 : 0.90));
        if (BELOW_TARGET.containsKey(split.file())) {
            System.out.println("BELOW TARGET (P 0.90, F1 0.85): " + split + ", held at P " + floor.precision()
                    + " and F1 " + floor.f1());
        }
        assertThat(inferred.micro().precision()).as("precision").isGreaterThanOrEqualTo(floor.precision());
        assertThat(inferred.micro().f1()).as("micro-F1").isGreaterThanOrEqualTo(floor.f1())
                .isGreaterThan(literal.micro().f1());
    }

    /** Keeps gold labels honest: every gold slug must be a taxonomy slug. */
    @Test
    void goldLabelsAreTaxonomySlugs() throws IOException {
        StyleTaxonomy taxonomy = StyleData.bundled().taxonomy();
        TreeSet<String> gold = new TreeSet<>();
        for (Split split : splits().toList()) {
            LabelledProfile.split(split.file().replace(".jsonl", "")).forEach(p -> gold.addAll(p.gold()));
        }
        assertThat(gold).allMatch(taxonomy::contains);
    }
}

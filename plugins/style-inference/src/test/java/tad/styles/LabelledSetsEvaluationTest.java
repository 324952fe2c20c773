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
 * level last measured (rounded down) so that it cannot get worse unnoticed, and printed as BELOW TARGET. All of them
 * are outside narrative text (interviews, portraits, artists' own prose pages): each was either held out at its one
 * run and read since, or collected as training data; {@code labelled/splits.txt} gives each set's history and first
 * run, and docs/style-inference-accuracy.md its errors by kind and every round's figures.
 */
class LabelledSetsEvaluationTest {

    private static final List<String> SLUGS = StyleData.bundled().taxonomy().slugs();

    /** Precision and micro-F1 a set below the targets is held at: its measured figures, rounded down. */
    record Floor(double precision, double f1) {
    }

    private static final Map<String, Floor> BELOW_TARGET = Map.ofEntries(
            Map.entry("outside-tune-4.jsonl", new Floor(0.86, 0.87)),
            Map.entry("outside-tune-5.jsonl", new Floor(0.84, 0.91)),
            Map.entry("outside-tune-6.jsonl", new Floor(0.64, 0.76)),
            Map.entry("outside-tune-7.jsonl", new Floor(0.76, 0.82)),
            Map.entry("outside-tune-8.jsonl", new Floor(0.70, 0.76)),
            Map.entry("outside-tune-9.jsonl", new Floor(0.74, 0.72)),
            Map.entry("outside-tune-10.jsonl", new Floor(0.41, 0.53)),
            Map.entry("outside-tune-11.jsonl", new Floor(0.72, 0.78)));

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

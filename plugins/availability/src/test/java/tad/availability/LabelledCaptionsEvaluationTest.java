package tad.availability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tad.plugin.Availability;

/**
 * Scores the inferrer on labelled captions with their post dates: a statement is right when its kind, days and
 * place are those of a gold one not yet matched (a statement predicted twice is right once) (on the undated set, LABELLING-RULE-PUBLIC-5.md part B, kind and place only). Prints
 * per-kind precision and recall and each set's split for docs/benchmarks.md. Holds precision to 0.9 (issue 18) on the
 * sets written by the project. Every public set ({@code captions-public*.jsonl}: real texts, labelled by
 * LABELLING-RULE-PUBLIC*.md before its one run) has been read since that run and is a tuning set now; each is held
 * at the counts last measured (no fewer right statements and no more wrong ones) and printed as BELOW TARGET when
 * its precision is under 0.9. Their first-run figures, the held-out ones, are in docs/benchmarks.md. A set of ours
 * below 0.9 at its first run ({@code captions-heldout-3.jsonl}, {@code -4}, {@code -5}, written blind to the rules: P 0.828, 0.714, 0.806; {@code -6} to {@code -10}, scored once on the
 * precision-first round's frozen rules: 0.714, 0.781, 0.750, 0.708, 0.875; {@code -11}, {@code -12} on the days
 * round's: 0.800, 0.864; {@code -13}, {@code -14} on round C's: 0.800, 0.840; {@code -15}, {@code -16} on round D's: 0.870,
 * 0.875; {@code -17}, {@code -18} on round E's: 0.895, 0.964; {@code -19} to {@code -26}, written after
 * round E and scored once on its rules: 0.944, 0.958, 0.818, 0.800, 0.955, 0.963, 0.950, 0.952) is held the same way
 * once read. Round F relabelled, for tuning only, 21 lines of {@code -6} to {@code -26} whose gold contradicted a
 * numbered decision of LABELLING-RULE-CAPTIONS-27.md (listed in RELABELLED-27.md); the counts held are round F's on
 * the relabelled gold, each at or above round E's on the gold as first written. {@code -27} to {@code -32}, written blind
 * under LABELLING-RULE-CAPTIONS-27 and scored once on round F's frozen rules (cba400d): 0.906, 0.905, 0.846, 0.923,
 * 0.769, 0.783; {@code captions-public-heldout-13}: 0 right of 1. Round G (docs/availability.md) raised the counts held
 * of the sets it improved. {@code -33} to {@code -38}, written the same way and scored once on round G's frozen rules
 * (54af794): 0.903, 0.968, 0.833, 0.926, 0.875, 0.923. {@code -39} to {@code -44}, the same again, scored once on round
 * H's frozen rules (05a639e): 0.900, 0.967, 0.885, 0.926, 0.900, 0.923; {@code -45} to {@code -50}, written after round H
 * was frozen and scored once on it: 1.000, 0.923, 0.929, 0.962, 0.864, 0.967. Round I relabelled, for tuning only,
 * five lines of {@code -33}, {@code -38} and {@code -47} under LABELLING-RULE-CAPTIONS-51 (RELABELLED-51.md) and raised
 * the counts held of the sets it improved. {@code -51} to {@code -62}, written blind under LABELLING-RULE-CAPTIONS-51 and
 * scored once on round I's frozen rules (2ae22e3): 0.864, 0.957, 0.833, 0.905, 0.800, 0.929, 1.000, 1.000, 0.895,
 * 0.778, 0.900, 0.909; round J raised the counts held of those it improved. {@code -63} to {@code -74}, written the same
 * way and scored once on round J's frozen rules (ab9263d3): 0.931, 0.960, 1.000, 0.944, 1.000, 0.929, 0.900, 0.909,
 * 0.900, 1.000, 0.952, 0.952.
 */
class LabelledCaptionsEvaluationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final AvailabilityInferrer inferrer = AvailabilityInferrer.bundled(AvailabilitySettings.DEFAULTS);

    /** What a public set is held at: its right statements may not fall, its wrong ones may not rise. */
    private record Held(int right, int wrong) {
    }

    private static final Map<String, Held> SETS_HELD = Map.ofEntries(
            Map.entry("captions-public.jsonl", new Held(1, 0)),
            Map.entry("captions-public-heldout.jsonl", new Held(2, 0)),
            Map.entry("captions-public-heldout-2.jsonl", new Held(1, 0)),
            Map.entry("captions-public-heldout-3.jsonl", new Held(4, 0)),
            Map.entry("captions-public-heldout-4.jsonl", new Held(1, 0)),
            Map.entry("captions-public-heldout-5.jsonl", new Held(12, 0)),
            Map.entry("captions-public-undated-5.jsonl", new Held(13, 0)),
            Map.entry("captions-public-heldout-6.jsonl", new Held(0, 0)),
            Map.entry("captions-public-heldout-7.jsonl", new Held(8, 0)),
            Map.entry("captions-public-tune-8.jsonl", new Held(12, 0)),
            Map.entry("captions-public-tune-9.jsonl", new Held(5, 0)),
            Map.entry("captions-public-heldout-10.jsonl", new Held(0, 3)),
            Map.entry("captions-heldout-3.jsonl", new Held(42, 0)),
            Map.entry("captions-heldout-4.jsonl", new Held(32, 0)),
            Map.entry("captions-heldout-5.jsonl", new Held(32, 0)),
            Map.entry("captions-heldout-6.jsonl", new Held(22, 0)),
            Map.entry("captions-heldout-7.jsonl", new Held(34, 0)),
            Map.entry("captions-heldout-8.jsonl", new Held(21, 0)),
            Map.entry("captions-heldout-9.jsonl", new Held(21, 1)),
            Map.entry("captions-heldout-10.jsonl", new Held(25, 0)),
            Map.entry("captions-public-heldout-11.jsonl", new Held(15, 5)),
            Map.entry("captions-heldout-11.jsonl", new Held(34, 1)),
            // round I reads Polish guest spots ("gościnnie w Poznaniu"): 22 → 26 right; line 78's gold wrote the town's
            // base form ("poznań") against LABELLING-RULE-CAPTIONS-27 decision 14 and is relabelled (RELABELLED-27.md)
            Map.entry("captions-heldout-12.jsonl", new Held(27, 0)),
            Map.entry("captions-heldout-13.jsonl", new Held(20, 0)),
            Map.entry("captions-heldout-14.jsonl", new Held(26, 0)),
            Map.entry("captions-heldout-15.jsonl", new Held(25, 1)),
            Map.entry("captions-heldout-16.jsonl", new Held(27, 0)),
            Map.entry("captions-heldout-17.jsonl", new Held(21, 1)),
            Map.entry("captions-heldout-18.jsonl", new Held(36, 1)),
            Map.entry("captions-public-heldout-12.jsonl", new Held(0, 0)),
            Map.entry("captions-heldout-19.jsonl", new Held(18, 1)),
            Map.entry("captions-heldout-20.jsonl", new Held(25, 0)),
            Map.entry("captions-heldout-21.jsonl", new Held(20, 2)),
            Map.entry("captions-heldout-22.jsonl", new Held(19, 0)),
            Map.entry("captions-heldout-23.jsonl", new Held(26, 0)),
            Map.entry("captions-heldout-24.jsonl", new Held(36, 0)),
            Map.entry("captions-heldout-25.jsonl", new Held(23, 1)),
            Map.entry("captions-heldout-26.jsonl", new Held(24, 0)),
            Map.entry("captions-heldout-27.jsonl", new Held(32, 0)),
            Map.entry("captions-heldout-28.jsonl", new Held(24, 0)),
            Map.entry("captions-heldout-29.jsonl", new Held(26, 0)),
            Map.entry("captions-heldout-30.jsonl", new Held(28, 1)),
            Map.entry("captions-heldout-31.jsonl", new Held(26, 0)),
            Map.entry("captions-heldout-32.jsonl", new Held(22, 2)),
            Map.entry("captions-public-heldout-13.jsonl", new Held(0, 1)),
            Map.entry("captions-heldout-33.jsonl", new Held(30, 0)),
            Map.entry("captions-heldout-34.jsonl", new Held(37, 0)),
            Map.entry("captions-heldout-35.jsonl", new Held(24, 0)),
            Map.entry("captions-heldout-36.jsonl", new Held(29, 0)),
            Map.entry("captions-heldout-37.jsonl", new Held(23, 0)),
            Map.entry("captions-heldout-38.jsonl", new Held(29, 0)),
            Map.entry("captions-heldout-39.jsonl", new Held(28, 2)),
            Map.entry("captions-heldout-40.jsonl", new Held(36, 0)),
            Map.entry("captions-heldout-41.jsonl", new Held(25, 1)),
            Map.entry("captions-heldout-42.jsonl", new Held(31, 0)),
            Map.entry("captions-heldout-43.jsonl", new Held(22, 0)),
            Map.entry("captions-heldout-44.jsonl", new Held(30, 0)),
            Map.entry("captions-heldout-45.jsonl", new Held(31, 0)),
            Map.entry("captions-heldout-46.jsonl", new Held(31, 0)),
            Map.entry("captions-heldout-47.jsonl", new Held(28, 1)),
            Map.entry("captions-heldout-48.jsonl", new Held(29, 0)),
            Map.entry("captions-heldout-49.jsonl", new Held(23, 0)),
            Map.entry("captions-heldout-50.jsonl", new Held(33, 1)),
            Map.entry("captions-heldout-51.jsonl", new Held(21, 1)),
            Map.entry("captions-heldout-52.jsonl", new Held(24, 1)),
            Map.entry("captions-heldout-53.jsonl", new Held(16, 1)),
            Map.entry("captions-heldout-54.jsonl", new Held(19, 0)),
            Map.entry("captions-heldout-55.jsonl", new Held(24, 1)),
            Map.entry("captions-heldout-56.jsonl", new Held(13, 1)),
            Map.entry("captions-heldout-57.jsonl", new Held(26, 0)),
            Map.entry("captions-heldout-58.jsonl", new Held(29, 0)),
            Map.entry("captions-heldout-59.jsonl", new Held(20, 0)),
            Map.entry("captions-heldout-60.jsonl", new Held(15, 1)),
            Map.entry("captions-heldout-61.jsonl", new Held(19, 0)),
            Map.entry("captions-heldout-62.jsonl", new Held(22, 0)),
            Map.entry("captions-heldout-63.jsonl", new Held(27, 2)),
            Map.entry("captions-heldout-64.jsonl", new Held(24, 1)),
            Map.entry("captions-heldout-65.jsonl", new Held(23, 0)),
            Map.entry("captions-heldout-66.jsonl", new Held(17, 1)),
            Map.entry("captions-heldout-67.jsonl", new Held(18, 0)),
            Map.entry("captions-heldout-68.jsonl", new Held(26, 2)),
            Map.entry("captions-heldout-69.jsonl", new Held(28, 2)),
            Map.entry("captions-heldout-70.jsonl", new Held(20, 2)),
            Map.entry("captions-heldout-71.jsonl", new Held(18, 2)),
            Map.entry("captions-heldout-72.jsonl", new Held(21, 0)),
            Map.entry("captions-heldout-73.jsonl", new Held(20, 1)),
            Map.entry("captions-heldout-74.jsonl", new Held(20, 1)));

    /** Sets whose figures and wrong lines are not printed: kept unread while the round's rules are fixed, then scored once. */
    private static final Set<String> UNREAD = Set.of();

    /** How each set has been used: a set read after its first run is tuned on, whatever its file is called. */
    private static String split(String file) {
        return file.equals("captions-public-heldout-6.jsonl") ? "held out (collected after the fixes of 5309351)"
                : UNREAD.contains(file) ? "unread (pseudo-held-out for this round; not printed)"
                : file.startsWith("captions-public") ? "tune (public; held out at its first run, read since)"
                : file.equals("captions.jsonl") ? "tune (ours)" : "tune (ours; held out at its first run)";
    }

    private record Counts(int right, int predicted, int gold) {
        Counts plus(Counts o) {
            return new Counts(right + o.right, predicted + o.predicted, gold + o.gold);
        }

        double precision() {
            return predicted == 0 ? Double.NaN : (double) right / predicted;
        }

        double recall() {
            return gold == 0 ? Double.NaN : (double) right / gold;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"captions.jsonl", "captions-heldout.jsonl", "captions-heldout-2.jsonl", "captions-public.jsonl",
        "captions-public-heldout.jsonl", "captions-public-heldout-2.jsonl", "captions-public-heldout-3.jsonl",
        "captions-public-heldout-4.jsonl", "captions-public-heldout-5.jsonl", "captions-public-undated-5.jsonl",
        "captions-public-heldout-6.jsonl", "captions-public-heldout-7.jsonl", "captions-public-tune-8.jsonl",
        "captions-public-tune-9.jsonl", "captions-public-heldout-10.jsonl", "captions-heldout-3.jsonl", "captions-heldout-4.jsonl", "captions-heldout-5.jsonl",
        "captions-heldout-6.jsonl", "captions-heldout-7.jsonl", "captions-heldout-8.jsonl", "captions-heldout-9.jsonl",
        "captions-heldout-10.jsonl", "captions-public-heldout-11.jsonl", "captions-heldout-11.jsonl",
        "captions-heldout-12.jsonl", "captions-heldout-13.jsonl", "captions-heldout-14.jsonl",
        "captions-heldout-15.jsonl", "captions-heldout-16.jsonl",
        "captions-heldout-17.jsonl", "captions-heldout-18.jsonl", "captions-public-heldout-12.jsonl",
        "captions-heldout-19.jsonl", "captions-heldout-20.jsonl", "captions-heldout-21.jsonl", "captions-heldout-22.jsonl",
        "captions-heldout-23.jsonl", "captions-heldout-24.jsonl", "captions-heldout-25.jsonl", "captions-heldout-26.jsonl",
        "captions-heldout-27.jsonl", "captions-heldout-28.jsonl", "captions-heldout-29.jsonl", "captions-heldout-30.jsonl",
        "captions-heldout-31.jsonl", "captions-heldout-32.jsonl", "captions-public-heldout-13.jsonl",
        "captions-heldout-33.jsonl", "captions-heldout-34.jsonl", "captions-heldout-35.jsonl", "captions-heldout-36.jsonl",
        "captions-heldout-37.jsonl", "captions-heldout-38.jsonl",
        "captions-heldout-39.jsonl", "captions-heldout-40.jsonl", "captions-heldout-41.jsonl", "captions-heldout-42.jsonl",
        "captions-heldout-43.jsonl", "captions-heldout-44.jsonl",
        "captions-heldout-45.jsonl", "captions-heldout-46.jsonl", "captions-heldout-47.jsonl", "captions-heldout-48.jsonl",
        "captions-heldout-49.jsonl", "captions-heldout-50.jsonl",
        "captions-heldout-51.jsonl", "captions-heldout-52.jsonl", "captions-heldout-53.jsonl", "captions-heldout-54.jsonl", "captions-heldout-55.jsonl", "captions-heldout-56.jsonl",
        "captions-heldout-57.jsonl", "captions-heldout-58.jsonl", "captions-heldout-59.jsonl", "captions-heldout-60.jsonl", "captions-heldout-61.jsonl", "captions-heldout-62.jsonl",
        "captions-heldout-63.jsonl", "captions-heldout-64.jsonl", "captions-heldout-65.jsonl", "captions-heldout-66.jsonl", "captions-heldout-67.jsonl", "captions-heldout-68.jsonl",
        "captions-heldout-69.jsonl", "captions-heldout-70.jsonl", "captions-heldout-71.jsonl", "captions-heldout-72.jsonl", "captions-heldout-73.jsonl", "captions-heldout-74.jsonl"})
    void precisionOnDatedCaptions(String file) throws IOException {
        boolean undated = file.contains("-undated-");
        Map<String, Counts> perKind = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        int lines = 0;
        for (JsonNode line : read(file)) {
            lines++;
            LocalDate written = LocalDate.parse(line.path("written").asText());
            List<String> predicted = inferrer.infer(List.of(new DatedText(line.path("text").asText(), "caption 1",
                    written)), LocalDate.parse(line.path("today").asText())).stream().map(a -> key(a, undated)).toList();
            List<String> gold = new ArrayList<>();
            line.path("expect").forEach(e -> gold.add(e.path("kind").asText() + " "
                    + (undated ? "" : text(e, "from") + ".." + text(e, "until")) + " @"
                    + text(e, "place").toLowerCase(Locale.ROOT)));
            // each gold statement is matched once: a statement predicted twice is right once and wrong once
            List<String> unmatched = new ArrayList<>(gold);
            for (String p : predicted) {
                perKind.merge(p.split(" ")[0], new Counts(unmatched.remove(p) ? 1 : 0, 1, 0), Counts::plus);
            }
            for (String g : gold) {
                perKind.merge(g.split(" ")[0], new Counts(0, 0, 1), Counts::plus);
            }
            if (!predicted.stream().sorted().toList().equals(gold.stream().sorted().toList())) {
                errors.add("  line " + lines + ": predicted " + predicted + " gold " + gold);
            }
        }
        Counts all = perKind.values().stream().reduce(new Counts(0, 0, 0), Counts::plus);
        StringBuilder report = new StringBuilder("availability, " + file + ", " + lines + " captions, split: "
                + split(file) + "\n");
        report.append(String.format(Locale.ROOT, "  %-13s P=%.3f R=%.3f (right=%d predicted=%d gold=%d)%n", "ALL",
                all.precision(), all.recall(), all.right(), all.predicted(), all.gold()));
        perKind.forEach((kind, c) -> report.append(String.format(Locale.ROOT,
                "  %-13s P=%.3f R=%.3f (right=%d predicted=%d gold=%d)%n", kind, c.precision(), c.recall(),
                c.right(), c.predicted(), c.gold())));
        errors.forEach(e -> report.append(e).append('\n'));
        System.out.println(UNREAD.contains(file) ? "availability, " + file + ": " + split(file) + "\n" : report);

        if (file.startsWith("captions-public") || SETS_HELD.containsKey(file)) {
            Held held = SETS_HELD.get(file);
            assertThat(held).as("the counts " + file + " is held at").isNotNull();
            if (all.predicted() > 0 && all.precision() < 0.9) {
                System.out.println("BELOW TARGET (P 0.9): " + file + ", held at " + held.right() + " right and "
                        + held.wrong() + " wrong");
            }
            assertThat(all.right()).as("right statements").isGreaterThanOrEqualTo(held.right());
            assertThat(all.predicted() - all.right()).as("wrong statements").isLessThanOrEqualTo(held.wrong());
        } else {
            assertThat(lines).isGreaterThanOrEqualTo(20);
            assertThat(all.precision()).as("precision").isGreaterThanOrEqualTo(0.9);
        }
    }

    /** An undated text's day of writing is unknown (LABELLING-RULE-PUBLIC-5.md part B): its days are not scored. */
    private String key(Availability a, boolean undated) {
        return a.kind().slug() + " " + (undated ? "" : a.from().map(Object::toString).orElse("") + ".."
                + a.until().map(Object::toString).orElse("")) + " @"
                + a.place().map(p -> p.toLowerCase(Locale.ROOT)).orElse("");
    }

    private static String text(JsonNode node, String field) {
        return Optional.ofNullable(node.get(field)).filter(n -> !n.isNull()).map(JsonNode::asText).orElse("");
    }

    private static List<JsonNode> read(String file) throws IOException {
        try (InputStream in = LabelledCaptionsEvaluationTest.class.getResourceAsStream("/labelled/" + file)) {
            List<JsonNode> lines = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    lines.add(JSON.readTree(line));
                }
            }
            return lines;
        }
    }
}

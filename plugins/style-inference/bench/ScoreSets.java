import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import tad.styles.InferenceSettings;
import tad.styles.StyleData;
import tad.styles.StyleInferrer;

/**
 * Scores whatever {@code tad.styles.StyleInferrer} is on the class path on labelled files: micro precision, recall
 * and F1 over every (profile, style) decision, as {@code tad styles eval} does. {@code old-rules.sh} runs it once on
 * the inferrer of an older commit and once on the working tree's, so both are scored by the same code. Only the
 * API both versions share is used: {@code new StyleInferrer(StyleData.bundled(), InferenceSettings.DEFAULTS)} and
 * {@code infer(bio, captions).styles()}. With {@code -v}, every profile with a wrong style is listed.
 */
public final class ScoreSets {

    public static void main(String[] args) throws Exception {
        boolean verbose = args.length > 0 && args[0].equals("-v");
        StyleInferrer inferrer = new StyleInferrer(StyleData.bundled(), InferenceSettings.DEFAULTS);
        ObjectMapper json = new ObjectMapper();
        for (String file : verbose ? List.of(args).subList(1, args.length) : List.of(args)) {
            int profiles = 0;
            int truePositives = 0;
            int falsePositives = 0;
            int falseNegatives = 0;
            List<String> errors = new ArrayList<>();
            List<String> lines = Files.readAllLines(Path.of(file));
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) {
                    continue;
                }
                JsonNode node = json.readTree(lines.get(i));
                List<String> captions = new ArrayList<>();
                node.path("captions").forEach(c -> captions.add(c.asText()));
                Set<String> gold = new TreeSet<>();
                node.path("styles").forEach(s -> gold.add(s.asText()));
                Set<String> found = new TreeSet<>(inferrer.infer(node.path("bio").asText(""), captions).styles());
                Set<String> missed = new TreeSet<>(gold);
                missed.removeAll(found);
                Set<String> extra = new TreeSet<>(found);
                extra.removeAll(gold);
                profiles++;
                truePositives += gold.size() - missed.size();
                falsePositives += extra.size();
                falseNegatives += missed.size();
                if (!missed.isEmpty() || !extra.isEmpty()) {
                    errors.add(String.format("  line %d missed=%s extra=%s", i + 1, missed, extra));
                }
            }
            double precision = ratio(truePositives, truePositives + falsePositives);
            double recall = ratio(truePositives, truePositives + falseNegatives);
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            System.out.printf(Locale.ROOT, "%-24s profiles %3d gold %3d  P %.3f  R %.3f  F1 %.3f%n",
                    Path.of(file).getFileName(), profiles, truePositives + falseNegatives, precision, recall, f1);
            if (verbose) {
                errors.forEach(System.out::println);
            }
        }
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 1.0 : (double) part / whole;
    }
}

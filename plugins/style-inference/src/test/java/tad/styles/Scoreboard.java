package tad.styles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Precision, recall and F1 over a labelled set, micro-averaged over all (profile, style) decisions and per style,
 * plus the profiles with the most errors. Test-side twin of the CLI's StyleScoreboard (tad.cli.styles), which the
 * plugin module cannot depend on.
 */
final class Scoreboard {

    record Counts(int truePositives, int falsePositives, int falseNegatives) {
        double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        double recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 1.0 : (double) a / b;
        }
    }

    record Miss(LabelledProfile profile, Set<String> predicted, int errors) {
    }

    private final Map<String, int[]> perStyle = new TreeMap<>();
    private final List<Miss> misses = new ArrayList<>();
    private int tp;
    private int fp;
    private int fn;

    void add(LabelledProfile profile, Set<String> predicted) {
        int errors = 0;
        Set<String> all = new HashSet<>(predicted);
        all.addAll(profile.gold());
        for (String style : all) {
            int[] c = perStyle.computeIfAbsent(style, s -> new int[3]);
            boolean p = predicted.contains(style);
            boolean g = profile.gold().contains(style);
            if (p && g) {
                tp++;
                c[0]++;
            } else if (p) {
                fp++;
                c[1]++;
                errors++;
            } else {
                fn++;
                c[2]++;
                errors++;
            }
        }
        if (errors > 0) {
            misses.add(new Miss(profile, predicted, errors));
        }
    }

    Counts micro() {
        return new Counts(tp, fp, fn);
    }

    /** Micro figures, one line per taxonomy slug (other predicted labels only count in micro), worst profiles. */
    String report(String title, List<String> slugs, int worst) {
        StringBuilder out = new StringBuilder(title).append('\n');
        out.append(line("MICRO", micro()));
        for (String slug : slugs) {
            int[] c = perStyle.getOrDefault(slug, new int[3]);
            out.append(line(slug, new Counts(c[0], c[1], c[2])));
        }
        int otherLabels = perStyle.entrySet().stream().filter(e -> !slugs.contains(e.getKey()))
                .mapToInt(e -> e.getValue()[1]).sum();
        out.append(String.format(Locale.ROOT, "  predicted labels that are not slugs: %d%n", otherLabels));
        out.append("worst errors:\n");
        misses.stream().sorted(Comparator.comparingInt(Miss::errors).reversed()).limit(worst).forEach(m -> out.append(
                String.format(Locale.ROOT, "  line %d gold=%s predicted=%s bio=%s captions=%s%n", m.profile().line(),
                        m.profile().gold(), m.predicted(), m.profile().bio(), m.profile().captions())));
        return out.toString();
    }

    private static String line(String name, Counts c) {
        return String.format(Locale.ROOT, "  %-16s P=%s R=%s F1=%.3f (tp=%d fp=%d fn=%d)%n", name,
                figure(c.truePositives() + c.falsePositives(), c.precision()),
                figure(c.truePositives() + c.falseNegatives(), c.recall()),
                c.f1(), c.truePositives(), c.falsePositives(), c.falseNegatives());
    }

    /** "-" when the ratio is undefined (nothing predicted, or nothing to find), so 1.000 is never a default. */
    private static String figure(int denominator, double value) {
        return denominator == 0 ? "  -  " : String.format(Locale.ROOT, "%.3f", value);
    }
}

package tad.cli.styles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Precision, recall and F1 of predicted style sets against gold ones: micro-averaged over every (profile, style)
 * decision — so frequent styles weigh more, as they do for users — and per style.
 */
final class StyleScoreboard {

    /** Counts of one style, or of all styles together. Ratios with a zero denominator are NaN: undefined. */
    record Counts(int truePositives, int falsePositives, int falseNegatives) {

        double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        double recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        /** F1, taken as 0 when precision or recall is undefined (nothing predicted, or nothing to find). */
        double f1() {
            double p = precision();
            double r = recall();
            return Double.isNaN(p) || Double.isNaN(r) || p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        int support() {
            return truePositives + falseNegatives;
        }

        Counts plus(Counts other) {
            return new Counts(truePositives + other.truePositives, falsePositives + other.falsePositives,
                    falseNegatives + other.falseNegatives);
        }

        private static double ratio(int part, int whole) {
            return whole == 0 ? Double.NaN : (double) part / whole;
        }
    }

    /** A profile the predictions got wrong. */
    record Miss(String source, String bio, Set<String> missed, Set<String> extra) {
        int errors() {
            return missed.size() + extra.size();
        }
    }

    private final Map<String, Counts> perStyle = new TreeMap<>();
    private final List<Miss> misses = new ArrayList<>();
    private Counts micro = new Counts(0, 0, 0);

    void add(String source, String bio, Set<String> gold, Set<String> predicted) {
        Set<String> missed = new TreeSet<>(gold);
        missed.removeAll(predicted);
        Set<String> extra = new TreeSet<>(predicted);
        extra.removeAll(gold);
        Set<String> all = new HashSet<>(gold);
        all.addAll(predicted);
        for (String style : all) {
            Counts one = new Counts(gold.contains(style) && predicted.contains(style) ? 1 : 0,
                    extra.contains(style) ? 1 : 0, missed.contains(style) ? 1 : 0);
            perStyle.merge(style, one, Counts::plus);
            micro = micro.plus(one);
        }
        if (!missed.isEmpty() || !extra.isEmpty()) {
            misses.add(new Miss(source, bio, missed, extra));
        }
    }

    Counts micro() {
        return micro;
    }

    Counts style(String style) {
        return perStyle.getOrDefault(style, new Counts(0, 0, 0));
    }

    Set<String> styles() {
        return perStyle.keySet();
    }

    /** The misses with the most wrong styles first; ties keep input order. */
    List<Miss> worst(int limit) {
        return misses.stream().sorted(Comparator.comparingInt(Miss::errors).reversed()).limit(limit).toList();
    }
}

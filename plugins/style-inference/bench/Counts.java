package tad.styles;

import java.util.Locale;

/** Micro counts of (profile, style) decisions: true positives, false positives, false negatives. */
record Counts(int tp, int fp, int fn) {

    static final Counts ZERO = new Counts(0, 0, 0);

    Counts plus(Counts o) {
        return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    double precision() {
        return tp + fp == 0 ? 1 : tp / (double) (tp + fp);
    }

    double recall() {
        return tp + fn == 0 ? 1 : tp / (double) (tp + fn);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", precision(), recall(), f1(),
                tp, fp, fn);
    }
}

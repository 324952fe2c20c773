package tad.cli.styles;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The text report of {@code tad styles eval}: one table, inference next to the literal rule, then the misses. */
final class EvalReport {

    private static final int BIO_CHARS = 70;
    /** Issue 18's targets: precision 0.90 on every set, micro-F1 0.85 on outside text (0.90 on the author's). */
    static final double TARGET_PRECISION = 0.90;
    static final double TARGET_F1 = 0.85;

    private final PrintWriter out;

    EvalReport(PrintWriter out) {
        this.out = out;
    }

    void print(LabelledSet set, int profiles, StyleScoreboard inferred, StyleScoreboard literal, int worst) {
        out.printf(Locale.ROOT, "== %s (split: %s): %d labelled profiles%n%n", set.name(), set.split(), profiles);
        out.printf(Locale.ROOT, "%-17s %-27s   %s%n", "", "inference", "literal SRS rule");
        out.printf(Locale.ROOT, "%-17s %6s %6s %6s %6s   %6s %6s %6s%n", "style", "P", "R", "F1", "gold", "P", "R",
                "F1");
        row("MICRO", inferred.micro(), literal.micro());
        out.println(targetLine(inferred.micro()));
        // rows: every style that is gold or that the inference predicted; the literal rule's other tags
        // (#neotrad, #tattoo...) are never slugs, so they only count as false positives in its MICRO row
        Set<String> styles = new TreeSet<>(inferred.styles());
        for (String style : styles) {
            row(style, inferred.style(style), literal.style(style));
        }
        out.printf(Locale.ROOT, "%n(P or R \"-\": undefined, nothing predicted or nothing to find; gold: profiles "
                + "labelled with the style)%n");
        out.printf(Locale.ROOT, "%nworst errors of the inference:%n");
        if (inferred.worst(worst).isEmpty()) {
            out.println("  none");
        }
        for (StyleScoreboard.Miss miss : inferred.worst(worst)) {
            out.printf(Locale.ROOT, "  %s missed=%s extra=%s bio=\"%s\"%n", miss.source(), miss.missed(),
                    miss.extra(), shorten(miss.bio()));
        }
        out.println();
    }

    /** Says plainly when a set falls short, so no figure below the targets reads as a pass. */
    static String targetLine(StyleScoreboard.Counts micro) {
        boolean met = micro.precision() >= TARGET_PRECISION && micro.f1() >= TARGET_F1;
        return String.format(Locale.ROOT, "targets (issue 18): precision >= %.2f, micro-F1 >= %.2f (0.90 on the "
                + "author's sets): %s", TARGET_PRECISION, TARGET_F1, met ? "met" : "BELOW TARGET");
    }

    private void row(String name, StyleScoreboard.Counts inferred, StyleScoreboard.Counts literal) {
        out.printf(Locale.ROOT, "%-17s %6s %6s %6.3f %6d   %6s %6s %6.3f%n", name, figure(inferred.precision()),
                figure(inferred.recall()), inferred.f1(), inferred.support(), figure(literal.precision()),
                figure(literal.recall()), literal.f1());
    }

    private static String figure(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String shorten(String bio) {
        String oneLine = bio.replace('\n', ' ');
        return oneLine.length() <= BIO_CHARS ? oneLine : oneLine.substring(0, BIO_CHARS - 1) + "…";
    }
}

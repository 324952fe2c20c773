package tad.styles;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import opennlp.tools.ml.model.MaxentModel;
import tad.styles.LearnedLoo.LabelledSet;
import tad.styles.LearnedLoo.Profile;

import static tad.styles.LearnedLoo.NARRATIVE;
import static tad.styles.LearnedLoo.OTHER;
import static tad.styles.LearnedLoo.OWN;
import static tad.styles.LearnedLoo.looModels;
import static tad.styles.LearnedLoo.own;
import static tad.styles.LearnedLoo.score;

/**
 * How well the left-out probabilities of {@link LearnedLoo}'s classifier rank the mentions, whatever the threshold:
 * AUC, and every threshold's figures (for explaining a result, never for choosing one).
 */
final class LearnedLooRanking {

    private LearnedLooRanking() {
    }

    /**
     * Every threshold's figures with each set scored by the model trained on the others: what the classifier could do
     * at best, for explaining a result (choosing the threshold from this would tune on the sets it scores).
     */
    static void curve(List<LabelledSet> sets) {
        Map<LabelledSet, MaxentModel> models = looModels(sets);
        System.out.println("== every threshold, each set scored by the model trained on the others (not a choice)");
        for (LabelledSet set : sets) {
            for (Profile profile : set.profiles()) {
                for (int i = 0; i < profile.mentions().size(); i++) {
                    LearnedLoo.Features features = profile.features().get(i);
                    if (features != null && set.name().matches(NARRATIVE)) {
                        Mention m = profile.mentions().get(i);
                        System.out.printf("  %s %d %-16s %-5s p %.3f%n", set.name(), profile.line(), m.style(),
                                profile.gold().contains(m.style()) ? OWN : OTHER, own(models.get(set), features));
                    }
                }
            }
        }
        for (int step = 0; step <= 19; step++) {
            double threshold = step * 0.05;
            Counts narrative = Counts.ZERO;
            Counts others = Counts.ZERO;
            for (LabelledSet set : sets) {
                Counts c = score(set, models.get(set), threshold, null);
                if (set.name().matches(NARRATIVE)) {
                    narrative = narrative.plus(c);
                } else {
                    others = others.plus(c);
                }
            }
            System.out.printf("  %.2f narrative %s   others %s%n", threshold, narrative, others);
        }
    }

    /**
     * The chance that a scored prose mention of the artist's own style gets a higher probability than one of another
     * style, each set's mentions scored by the model trained on the other sets (0.5: no better than a coin).
     */
    static double auc(List<LabelledSet> sets, Map<LabelledSet, MaxentModel> models, boolean narrativeOnly,
                      Predicate<Profile> which) {
        List<Double> own = new ArrayList<>();
        List<Double> other = new ArrayList<>();
        for (LabelledSet held : sets) {
            if (narrativeOnly && !held.name().matches(NARRATIVE)) {
                continue;
            }
            probabilities(held, models.get(held), which, own, other);
        }
        return auc(own, other);
    }

    /**
     * AUC counting only pairs of mentions from the same left-out set, so that one model's calibration is never
     * compared with another's (a set whose model, trained without it, rates every mention higher would otherwise
     * pull the pooled figure down by its share of mentions alone).
     */
    static double aucWithinSets(List<LabelledSet> sets, Map<LabelledSet, MaxentModel> models, Predicate<Profile> which) {
        double wins = 0;
        double pairs = 0;
        for (LabelledSet held : sets) {
            if (!held.name().matches(NARRATIVE)) {
                continue;
            }
            List<Double> own = new ArrayList<>();
            List<Double> other = new ArrayList<>();
            probabilities(held, models.get(held), which, own, other);
            if (!own.isEmpty() && !other.isEmpty()) {
                wins += auc(own, other) * own.size() * other.size();
                pairs += own.size() * (double) other.size();
            }
        }
        return pairs == 0 ? Double.NaN : wins / pairs;
    }

    /** Adds the left-out probability of each gated mention of {@code which} profiles to {@code own} or {@code other}. */
    private static void probabilities(LabelledSet held, MaxentModel model, Predicate<Profile> which, List<Double> own,
                                      List<Double> other) {
        for (Profile profile : held.profiles().stream().filter(which).toList()) {
            for (int i = 0; i < profile.mentions().size(); i++) {
                if (profile.features().get(i) != null) {
                    double p = own(model, profile.features().get(i));
                    (profile.gold().contains(profile.mentions().get(i).style()) ? own : other).add(p);
                }
            }
        }
    }

    private static double auc(List<Double> own, List<Double> other) {
        double wins = 0;
        for (double o : own) {
            for (double x : other) {
                wins += o > x ? 1 : o == x ? 0.5 : 0;
            }
        }
        return own.isEmpty() || other.isEmpty() ? Double.NaN : wins / (own.size() * (double) other.size());
    }
}

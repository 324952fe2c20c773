package tad.styles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Leave-one-set-out measure of a trained mention classifier beside the cue lists. The classifier (Apache OpenNLP
 * maximum entropy, L-BFGS with a fixed L2 cost) decides, for a mention that is a plain word in a prose sentence and
 * not stated by the artist, whether it describes the artist's own work ({@link MentionFeatures}); a mention it
 * rejects is not counted, everything else scores as today ({@link StyleScore}). Labels: a mention is the artist's own
 * iff its style is in the profile's gold. Three placements ({@link Variant}) with two feature sets (with and without
 * the words around the mention) are measured.
 *
 * <p>Each tuning set is left out in turn: the classifier is trained on the others, its threshold chosen by an inner
 * leave-one-set-out over those others (best pooled F1), and the left-out set is scored once beside the cue lists.
 * Run by {@code learned-loo.sh}: {@code LearnedLoo [-v] TUNING_SET...} (held-out sets must not be passed).
 */
public final class LearnedLoo {

    static final String OWN = "own";
    static final String OTHER = "other";
    static final double L2_COST = 1.0;

    /**
     * One profile: the mentions scored, the features of those the classifier decides (null for the others), the
     * training events it gives, its gold.
     */
    record Profile(int line, List<Mention> mentions, List<String[]> features, List<Event> events, Set<String> gold,
                   Set<String> cueLists) {
    }

    /**
     * Where the classifier stands. {@code GATE}: it decides the prose mentions the cue lists keep, trained on those.
     * {@code GATE_RAW}: the same decision, trained on every prose mention the alias table finds before any aside cue
     * (so it also learns from the influences, trends and other people's work the cue lists drop). {@code REPLACE}:
     * prose mentions are found without aside cues and decided by the classifier alone (trained as {@code GATE_RAW});
     * lists, hashtags, bio lines and statements are read by the cue lists as today.
     */
    enum Variant { GATE, GATE_RAW, REPLACE }

    record LabelledSet(String name, List<Profile> profiles) {
    }

    private final StyleInferrer inferrer = new StyleInferrer(StyleData.bundled(), InferenceSettings.DEFAULTS);
    private final MentionFinder raw;
    private final Variant variant;
    private final boolean words;

    LearnedLoo(Variant variant, boolean words) {
        this.variant = variant;
        this.words = words;
        StyleData data = StyleData.bundled();
        try {
            AsideCues none = AsideCues.from(DataFile.parse("no-asides", new BufferedReader(new StringReader(""))));
            raw = new MentionFinder(data.aliases(), data.hashtags(), new MentionFinder.Cues(data.cues().negation(),
                    none, data.cues().statements(), data.cues().languages()),
                    InferenceSettings.DEFAULTS.negationWindow());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void main(String[] args) throws IOException {
        boolean verbose = args.length > 0 && args[0].equals("-v");
        for (boolean words : new boolean[] {true, false}) {
            for (Variant variant : Variant.values()) {
                System.out.printf("######## variant %s, features: %s%n",
                        variant.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        words ? "words, grammar, place, counts" : "grammar, place, counts (no words)");
                LearnedLoo loo = new LearnedLoo(variant, words);
                List<LabelledSet> sets = new ArrayList<>();
                for (String arg : List.of(args).subList(verbose ? 1 : 0, args.length)) {
                    sets.add(loo.read(Path.of(arg)));
                }
                loo.run(sets, verbose);
            }
        }
    }

    private void run(List<LabelledSet> sets, boolean verbose) {
        System.out.println("== training events (prose mentions, not stated) per tuning set: own / other");
        for (LabelledSet set : sets) {
            List<Event> events = events(List.of(set));
            long own = events.stream().filter(e -> e.getOutcome().equals(OWN)).count();
            System.out.printf("%-22s %3d / %3d%n", set.name(), own, events.size() - own);
        }
        System.out.println("== leave one set out: trained on the other tuning sets, threshold by inner leave-one-out");
        Counts narrativeCues = Counts.ZERO;
        Counts narrativeLearned = Counts.ZERO;
        for (LabelledSet left : sets) {
            List<LabelledSet> training = sets.stream().filter(s -> s != left).toList();
            double threshold = chooseThreshold(training);
            MaxentModel model = train(training);
            Counts cues = cueLists(left);
            Counts learned = score(left, model, threshold, verbose ? left.name() : null);
            System.out.printf("%-22s threshold %.2f   cue lists %s   classifier %s%n", left.name(), threshold, cues,
                    learned);
            if (left.name().matches("outside-tune-[456]")) {
                narrativeCues = narrativeCues.plus(cues);
                narrativeLearned = narrativeLearned.plus(learned);
            }
        }
        System.out.printf("narrative sets pooled  cue lists (today's) %s   classifier %s%n", narrativeCues,
                narrativeLearned);
        System.out.printf("threshold for a model trained on every tuning set: %.2f%n", chooseThreshold(sets));
        System.out.printf("ranking: AUC of the left-out probabilities, narrative sets' scored prose mentions %.3f, "
                + "all sets' %.3f%n", auc(sets, true), auc(sets, false));
        if (verbose) {
            curve(sets);
        }
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
                    String[] features = profile.features().get(i);
                    if (features != null && set.name().matches("outside-tune-[456]")) {
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
                if (set.name().matches("outside-tune-[456]")) {
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
    static double auc(List<LabelledSet> sets, boolean narrativeOnly) {
        List<Double> own = new ArrayList<>();
        List<Double> other = new ArrayList<>();
        Map<LabelledSet, MaxentModel> models = looModels(sets);
        for (LabelledSet held : sets) {
            if (narrativeOnly && !held.name().matches("outside-tune-[456]")) {
                continue;
            }
            MaxentModel model = models.get(held);
            for (Profile profile : held.profiles()) {
                for (int i = 0; i < profile.mentions().size(); i++) {
                    if (profile.features().get(i) != null) {
                        double p = own(model, profile.features().get(i));
                        (profile.gold().contains(profile.mentions().get(i).style()) ? own : other).add(p);
                    }
                }
            }
        }
        double wins = 0;
        for (double o : own) {
            for (double x : other) {
                wins += o > x ? 1 : o == x ? 0.5 : 0;
            }
        }
        return own.isEmpty() || other.isEmpty() ? Double.NaN : wins / (own.size() * (double) other.size());
    }

    /** The threshold with the best pooled F1 when each of {@code sets} is left out in turn and scored. */
    static double chooseThreshold(List<LabelledSet> sets) {
        Map<LabelledSet, MaxentModel> models = looModels(sets);
        double best = 0;
        double bestF1 = -1;
        for (int step = 0; step <= 19; step++) {
            double threshold = step * 0.05;
            Counts pooled = Counts.ZERO;
            for (LabelledSet held : sets) {
                pooled = pooled.plus(score(held, models.get(held), threshold, null));
            }
            if (pooled.f1() > bestF1 + 1e-9) {
                best = threshold;
                bestF1 = pooled.f1();
            }
        }
        return best;
    }

    /** For each set, the model trained on all the others. */
    static Map<LabelledSet, MaxentModel> looModels(List<LabelledSet> sets) {
        Map<LabelledSet, MaxentModel> models = new HashMap<>();
        for (LabelledSet held : sets) {
            models.put(held, train(sets.stream().filter(s -> s != held).toList()));
        }
        return models;
    }

    static MaxentModel train(List<LabelledSet> sets) {
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
        parameters.put(TrainingParameters.ITERATIONS_PARAM, 300);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
        parameters.put("L1Cost", 0.0);
        parameters.put("L2Cost", L2_COST);
        try {
            return TrainerFactory.getEventTrainer(parameters, null)
                    .train(ObjectStreamUtils.createObjectStream(events(sets)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Event> events(List<LabelledSet> sets) {
        List<Event> events = new ArrayList<>();
        for (LabelledSet set : sets) {
            for (Profile profile : set.profiles()) {
                events.addAll(profile.events());
            }
        }
        return events;
    }

    /** The cue lists as they are, for comparison: the inferrer's own decisions. */
    private static Counts cueLists(LabelledSet set) {
        Counts counts = Counts.ZERO;
        for (Profile profile : set.profiles()) {
            int tp = (int) profile.cueLists().stream().filter(profile.gold()::contains).count();
            counts = counts.plus(new Counts(tp, profile.cueLists().size() - tp, profile.gold().size() - tp));
        }
        return counts;
    }

    /** Micro counts over the set's (profile, style) decisions; a null model gates nothing (the cue lists). */
    static Counts score(LabelledSet set, MaxentModel model, double threshold, String printErrorsAs) {
        Counts counts = Counts.ZERO;
        for (Profile profile : set.profiles()) {
            Map<String, StyleScore> scores = new LinkedHashMap<>();
            for (int i = 0; i < profile.mentions().size(); i++) {
                Mention mention = profile.mentions().get(i);
                String[] features = profile.features().get(i);
                if (model != null && features != null && own(model, features) < threshold) {
                    continue;
                }
                scores.computeIfAbsent(mention.style(), StyleScore::new).add(mention);
            }
            Set<String> kept = new TreeSet<>();
            InferenceSettings settings = InferenceSettings.DEFAULTS;
            scores.values().stream()
                    .filter(s -> !(settings.bioNegationVetoes() && s.negatedInBio()))
                    .filter(s -> s.score(settings) + 1e-9 >= settings.minScore())
                    .forEach(s -> kept.add(s.style()));
            int tp = (int) kept.stream().filter(profile.gold()::contains).count();
            counts = counts.plus(new Counts(tp, kept.size() - tp, profile.gold().size() - tp));
            if (printErrorsAs != null && (tp != kept.size() || tp != profile.gold().size())) {
                System.out.printf("  %s %d: kept %s gold %s%n", printErrorsAs, profile.line(), kept, profile.gold());
            }
        }
        return counts;
    }

    static double own(MaxentModel model, String[] features) {
        return model.eval(features)[model.getIndex(OWN)];
    }

    LabelledSet read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Profile> profiles = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (int n = 0; n < lines.size(); n++) {
            if (lines.get(n).isBlank()) {
                continue;
            }
            JsonNode node = json.readTree(lines.get(n));
            Map<String, String> texts = new LinkedHashMap<>();
            texts.put(StyleInferrer.BIO, node.path("bio").asText(""));
            int caption = 0;
            for (JsonNode c : node.path("captions")) {
                texts.put("caption " + ++caption, c.asText());
            }
            Set<String> gold = new TreeSet<>();
            node.path("styles").forEach(s -> gold.add(s.asText()));
            profiles.add(profile(n + 1, texts, gold));
        }
        return new LabelledSet(file.getFileName().toString().replace(".jsonl", ""), profiles);
    }

    private Profile profile(int line, Map<String, String> texts, Set<String> gold) {
        List<Mention> cueMentions = new ArrayList<>();
        List<Mention> rawMentions = new ArrayList<>();
        Map<String, MentionFeatures.Text> read = new LinkedHashMap<>();
        texts.forEach((place, text) -> {
            read.put(place, MentionFeatures.Text.of(place, text));
            cueMentions.addAll(inferrer.mentions(text, place));
            rawMentions.addAll(raw.find(text, place));
        });
        List<String[]> cueFeatures = features(cueMentions, read);
        List<String[]> rawFeatures = features(rawMentions, read);
        List<Event> events = new ArrayList<>();
        List<Mention> trainedOn = variant == Variant.GATE ? cueMentions : rawMentions;
        List<String[]> trainedFeatures = variant == Variant.GATE ? cueFeatures : rawFeatures;
        for (int i = 0; i < trainedOn.size(); i++) {
            if (trainedFeatures.get(i) != null) {
                String outcome = gold.contains(trainedOn.get(i).style()) ? OWN : OTHER;
                events.add(new Event(outcome, trainedFeatures.get(i)));
            }
        }
        List<Mention> scored = new ArrayList<>();
        List<String[]> features = new ArrayList<>();
        for (int i = 0; i < cueMentions.size(); i++) {
            if (variant != Variant.REPLACE || cueFeatures.get(i) == null) {
                scored.add(cueMentions.get(i));
                features.add(cueFeatures.get(i));
            }
        }
        for (int i = 0; variant == Variant.REPLACE && i < rawMentions.size(); i++) {
            if (rawFeatures.get(i) != null) {
                scored.add(rawMentions.get(i));
                features.add(rawFeatures.get(i));
            }
        }
        List<String> captions = new ArrayList<>(texts.values()).subList(1, texts.size());
        Set<String> cueLists = new TreeSet<>(inferrer.infer(texts.get(StyleInferrer.BIO), captions).styles());
        return new Profile(line, scored, features, events, gold, cueLists);
    }

    /** Features of each gated mention, null for the others, in the order of {@code mentions}. */
    private List<String[]> features(List<Mention> mentions, Map<String, MentionFeatures.Text> read) {
        Map<String, Integer> cursors = new HashMap<>();
        List<String[]> features = new ArrayList<>();
        for (Mention mention : mentions) {
            if (!gated(mention)) {
                features.add(null);
                continue;
            }
            MentionFeatures.Text text = read.get(mention.place());
            int[] span = locate(text.tokens(), mention, cursors.getOrDefault(mention.place(), 0));
            cursors.put(mention.place(), span[1]);
            features.add(MentionFeatures.of(text, span[0], span[1], counts(mentions, mention.style()), words));
        }
        return features;
    }

    /** The mentions the classifier decides: plain words in prose, not negated, not stated by the artist. */
    static boolean gated(Mention mention) {
        return mention.prose() && !mention.stated() && !mention.negated();
    }

    static MentionFeatures.StyleCounts counts(List<Mention> mentions, String style) {
        List<Mention> own = mentions.stream().filter(m -> m.style().equals(style) && !m.negated()).toList();
        int sentences = (int) own.stream().map(m -> m.place() + "/" + m.sentence()).distinct().count();
        return new MentionFeatures.StyleCounts(own.size(), sentences, own.stream().anyMatch(m -> !gated(m)));
    }

    /** Token span of a prose mention: its words in its sentence, at or after {@code from}. */
    static int[] locate(List<Token> tokens, Mention mention, int from) {
        String[] words = mention.matched().split(" ");
        for (int i = from; i + words.length <= tokens.size(); i++) {
            boolean match = tokens.get(i).sentence() == mention.sentence();
            for (int k = 0; match && k < words.length; k++) {
                match = tokens.get(i + k).text().equals(words[k]) && !tokens.get(i + k).hashtag();
            }
            if (match) {
                return new int[] {i, i + words.length};
            }
        }
        throw new IllegalStateException("mention not found in its text: " + mention);
    }
}

package tad.styles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import opennlp.tools.ml.AbstractEventTrainer;
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
 * iff its style is in the profile's gold. The three variants named in docs/style-inference-accuracy.md before the
 * run of 2026-12-07 15:22 UTC are measured: gate with words, gate without words, gate-raw with words.
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
    record Profile(int line, List<Mention> mentions, List<Features> features, List<Event> events, Set<String> gold,
                   Set<String> cueLists, boolean english) {
    }

    /** A gated mention's context for the classifier: feature names and their values (null: every value 1). */
    record Features(String[] names, float[] values) {
    }

    /** What the classifier reads of the mention at tokens [start, end) of {@code text}. */
    interface Featurizer {
        Features of(MentionFeatures.Text text, int start, int end, MentionFeatures.StyleCounts counts);
    }

    /** The features of {@link MentionFeatures}, with or without the words around the mention. */
    static Featurizer mentionFeatures(boolean words) {
        return (text, start, end, counts) -> new Features(MentionFeatures.of(text, start, end, counts, words), null);
    }

    // a profile is English when at least this share of its words are common English function words
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "is", "was", "my", "with", "that",
            "for", "you", "this", "have", "are");
    private static final double ENGLISH_SHARE = 0.05;

    /**
     * Where the classifier stands. {@code GATE}: it decides the prose mentions the cue lists keep, trained on those.
     * {@code GATE_RAW}: the same decision, trained on every prose mention the alias table finds before any aside cue
     * (so it also learns from the influences, trends and other people's work the cue lists drop). Lists, hashtags,
     * bio lines and statements are read by the cue lists as today. (A third placement, replacing the aside cues by the
     * classifier, was measured at 1229874 and lost; it is not run again.)
     */
    enum Variant { GATE, GATE_RAW }

    /** The narrative sets (interviews, portraits, artists' own prose pages), pooled for the decision. */
    static final String NARRATIVE = "outside-tune-([4-9]|1[01])";

    record LabelledSet(String name, List<Profile> profiles) {
    }

    private final StyleInferrer inferrer = new StyleInferrer(StyleData.bundled(), InferenceSettings.DEFAULTS);
    private final MentionFinder raw;
    private final Variant variant;
    private final Featurizer featurizer;

    LearnedLoo(Variant variant, Featurizer featurizer) {
        this.variant = variant;
        this.featurizer = featurizer;
        StyleData data = StyleData.bundled();
        try {
            AsideCues none = AsideCues.from(DataFile.parse("no-asides", new BufferedReader(new StringReader(""))));
            raw = new MentionFinder(data.aliases(), data.hashtags(), new MentionFinder.Cues(data.cues().negation(),
                    none, data.cues().statements(), data.cues().languages(), data.cues().prose()),
                    InferenceSettings.DEFAULTS.negationWindow());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void main(String[] args) throws IOException {
        boolean verbose = args.length > 0 && args[0].equals("-v");
        record Measured(Variant variant, boolean words) {
        }
        for (Measured measured : List.of(new Measured(Variant.GATE, true), new Measured(Variant.GATE, false),
                new Measured(Variant.GATE_RAW, true))) {
            Variant variant = measured.variant();
            boolean words = measured.words();
            System.out.printf("######## variant %s, features: %s%n",
                    variant.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    words ? "words, grammar, place, counts" : "grammar, place, counts (no words)");
            LearnedLoo loo = new LearnedLoo(variant, mentionFeatures(words));
            List<LabelledSet> sets = new ArrayList<>();
            for (String arg : List.of(args).subList(verbose ? 1 : 0, args.length)) {
                sets.add(loo.read(Path.of(arg)));
            }
            loo.run(sets, verbose);
        }
    }

    void run(List<LabelledSet> sets, boolean verbose) {
        System.out.println("== training events (prose mentions, not stated) per tuning set: own / other");
        for (LabelledSet set : sets) {
            List<Event> events = events(List.of(set));
            long own = events.stream().filter(e -> e.getOutcome().equals(OWN)).count();
            System.out.printf("%-22s %3d / %3d%n", set.name(), own, events.size() - own);
        }
        System.out.println("== leave one set out: trained on the other tuning sets, threshold by inner leave-one-out");
        Counts narrativeCues = Counts.ZERO;
        Counts narrativeLearned = Counts.ZERO;
        Counts sitesCues = Counts.ZERO;
        Counts sitesLearned = Counts.ZERO;
        Counts[] byLanguage = {Counts.ZERO, Counts.ZERO, Counts.ZERO, Counts.ZERO}; // cues, learned; en, other
        for (LabelledSet left : sets) {
            List<LabelledSet> training = sets.stream().filter(s -> s != left).toList();
            double threshold = chooseThreshold(training);
            MaxentModel model = train(training);
            Counts cues = cueLists(left);
            Counts learned = score(left, model, threshold, verbose ? left.name() : null);
            System.out.printf("%-22s threshold %.2f   cue lists %s   classifier %s%n", left.name(), threshold, cues,
                    learned);
            if (left.name().matches(NARRATIVE)) {
                narrativeCues = narrativeCues.plus(cues);
                narrativeLearned = narrativeLearned.plus(learned);
                for (boolean english : new boolean[] {true, false}) {
                    LabelledSet part = new LabelledSet(left.name(), left.profiles().stream()
                            .filter(p -> p.english() == english).toList());
                    int at = english ? 0 : 2;
                    byLanguage[at] = byLanguage[at].plus(cueLists(part));
                    byLanguage[at + 1] = byLanguage[at + 1].plus(score(part, model, threshold, null));
                }
            } else {
                sitesCues = sitesCues.plus(cues);
                sitesLearned = sitesLearned.plus(learned);
            }
        }
        System.out.printf("narrative sets pooled  cue lists (today's) %s   classifier %s%n", narrativeCues,
                narrativeLearned);
        System.out.printf("narrative sets pooled, English profiles  cue lists %s   classifier %s%n", byLanguage[0],
                byLanguage[1]);
        System.out.printf("narrative sets pooled, other languages   cue lists %s   classifier %s%n", byLanguage[2],
                byLanguage[3]);
        System.out.printf("studio-site and Instagram sets pooled  cue lists %s   classifier %s%n", sitesCues,
                sitesLearned);
        // what no gate can remove: the errors left when every gated mention is dropped (a threshold above 1)
        MaxentModel all = train(sets);
        Counts narrativeLimit = Counts.ZERO;
        Counts sitesLimit = Counts.ZERO;
        for (LabelledSet set : sets) {
            Counts c = score(set, all, 1.01, null);
            if (set.name().matches(NARRATIVE)) {
                narrativeLimit = narrativeLimit.plus(c);
            } else {
                sitesLimit = sitesLimit.plus(c);
            }
        }
        System.out.printf("the gate's limit, every gated mention dropped: narrative %s   others %s%n", narrativeLimit,
                sitesLimit);
        System.out.printf("threshold for a model trained on every tuning set: %.2f%n", chooseThreshold(sets));
        Map<LabelledSet, MaxentModel> models = looModels(sets);
        System.out.printf("ranking: AUC of the left-out probabilities, narrative sets' scored prose mentions %.3f "
                + "(English profiles %.3f, other languages %.3f), all sets' %.3f%n",
                LearnedLooRanking.auc(sets, models, true, p -> true),
                LearnedLooRanking.auc(sets, models, true, Profile::english),
                LearnedLooRanking.auc(sets, models, true, p -> !p.english()),
                LearnedLooRanking.auc(sets, models, false, p -> true));
        System.out.printf("ranking within each narrative set only: AUC %.3f (English profiles %.3f, other languages "
                + "%.3f)%n", LearnedLooRanking.aucWithinSets(sets, models, p -> true),
                LearnedLooRanking.aucWithinSets(sets, models, Profile::english),
                LearnedLooRanking.aucWithinSets(sets, models, p -> !p.english()));
        if (verbose) {
            LearnedLooRanking.curve(sets);
        }
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
        List<Event> events = events(sets);
        if (events.stream().anyMatch(e -> e.getValues() != null)) {
            parameters.put(AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_REAL_VALUE);
        }
        try {
            return TrainerFactory.getEventTrainer(parameters, null)
                    .train(ObjectStreamUtils.createObjectStream(events));
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
                Features features = profile.features().get(i);
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

    static double own(MaxentModel model, Features features) {
        double[] outcomes = features.values() == null ? model.eval(features.names())
                : model.eval(features.names(), features.values());
        return outcomes[model.getIndex(OWN)];
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
        List<Features> cueFeatures = features(cueMentions, read);
        List<Features> rawFeatures = features(rawMentions, read);
        List<Event> events = new ArrayList<>();
        List<Mention> trainedOn = variant == Variant.GATE ? cueMentions : rawMentions;
        List<Features> trainedFeatures = variant == Variant.GATE ? cueFeatures : rawFeatures;
        for (int i = 0; i < trainedOn.size(); i++) {
            if (trainedFeatures.get(i) != null) {
                String outcome = gold.contains(trainedOn.get(i).style()) ? OWN : OTHER;
                Features f = trainedFeatures.get(i);
                events.add(new Event(outcome, f.names(), f.values()));
            }
        }
        List<String> captions = new ArrayList<>(texts.values()).subList(1, texts.size());
        Set<String> cueLists = new TreeSet<>(inferrer.infer(texts.get(StyleInferrer.BIO), captions).styles());
        return new Profile(line, cueMentions, cueFeatures, events, gold, cueLists, english(texts.values()));
    }

    /** Features of each gated mention, null for the others, in the order of {@code mentions}. */
    private List<Features> features(List<Mention> mentions, Map<String, MentionFeatures.Text> read) {
        Map<String, Integer> cursors = new HashMap<>();
        List<Features> features = new ArrayList<>();
        for (Mention mention : mentions) {
            if (!gated(mention)) {
                features.add(null);
                continue;
            }
            MentionFeatures.Text text = read.get(mention.place());
            int[] span = locate(text.tokens(), mention, cursors.getOrDefault(mention.place(), 0));
            cursors.put(mention.place(), span[1]);
            features.add(featurizer.of(text, span[0], span[1], counts(mentions, mention.style())));
        }
        return features;
    }

    /** Whether the profile's texts are English by the share of common English function words among their words. */
    static boolean english(Collection<String> texts) {
        List<Token> words = texts.stream().flatMap(t -> Tokenizer.tokenize(t).stream()).filter(t -> !t.hashtag())
                .toList();
        long function = words.stream().filter(t -> ENGLISH.contains(t.text())).count();
        return !words.isEmpty() && function >= ENGLISH_SHARE * words.size();
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

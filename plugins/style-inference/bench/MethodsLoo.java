package tad.styles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipFile;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * Compares ways of deciding whether a style named in narrative text is the artist's own, and measures whether each
 * generalises by leaving one narrative set out: a method is chosen by its pooled F1 on the other sets and scored on
 * the one left out. Every method starts from the working tree's inference (the cue lists) and may only drop styles
 * it keeps, so recall can only fall:
 * <ul>
 *   <li>{@code cues}: the inference as it is;</li>
 *   <li>{@code corroboration}: a style whose every mention is a plain word in a prose sentence, not stated by the
 *       artist ("I specialise in"), in a single sentence, is dropped (one passing mention is weak evidence);</li>
 *   <li>{@code pos-subject}: such a single passing mention is dropped when the subject of its sentence's verb, found
 *       with an Apache OpenNLP Universal Dependencies POS model (English, German, French: the languages Maven
 *       Central has models for), is a noun or pronoun that is not the artist ("Hipsters are getting old-school",
 *       "Europeans will get a lot of black and grey"); other languages keep it.</li>
 * </ul>
 * Run by {@code methods-loo.sh}, which compiles this into the plugin's package (it reads the tokenizer) with the
 * OpenNLP jars on the class path: {@code MethodsLoo MODEL_JARS LOO_SET... -- OTHER_SET...}.
 */
public final class MethodsLoo {

    enum Method { CUES, CORROBORATION, POS_SUBJECT }

    /** Words that name the artist as a sentence's subject, or as the owner of its subject ("her work"). */
    private static final Set<String> ARTIST = Set.of("i", "me", "my", "he", "his", "she", "her", "name",
            "ich", "mich", "mir", "mein", "meine", "meinem", "er", "sein", "seine", "sie", "ihr", "ihre",
            "je", "j", "moi", "mon", "ma", "mes", "il", "elle", "son", "sa", "ses");

    private final StyleInferrer inferrer = new StyleInferrer(StyleData.bundled(), InferenceSettings.DEFAULTS);
    private final Map<String, POSTaggerME> taggers = new HashMap<>();

    private MethodsLoo(List<Path> modelJars) throws IOException {
        for (Path jar : modelJars) {
            // opennlp-models-pos-en-1.2.0.jar holds opennlp-en-ud-ewt-pos-1.2-2.5.0.bin
            String language = jar.getFileName().toString().replaceAll("opennlp-models-pos-([a-z]+)-.*", "$1");
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                var entry = zip.stream().filter(e -> e.getName().endsWith(".bin")).findFirst().orElseThrow();
                try (InputStream in = zip.getInputStream(entry)) {
                    taggers.put(language, new POSTaggerME(new POSModel(in)));
                }
            }
        }
    }

    public static void main(String[] args) throws IOException {
        List<Path> models = List.of(args[0].split(":")).stream().map(Path::of).toList();
        List<String> rest = List.of(args).subList(1, args.length);
        int split = rest.indexOf("--");
        List<Path> narrative = rest.subList(0, split < 0 ? rest.size() : split).stream().map(Path::of).toList();
        List<Path> others = split < 0 ? List.of() : rest.subList(split + 1, rest.size()).stream().map(Path::of).toList();
        MethodsLoo loo = new MethodsLoo(models);
        Map<Path, Map<Method, Counts>> scores = new LinkedHashMap<>();
        for (Path set : narrative) {
            scores.put(set, loo.score(set));
        }
        System.out.println("== every method on every set (the cue lists were tuned on the outside-tune-* sets)");
        for (Path set : concat(narrative, others)) {
            Map<Method, Counts> counts = scores.containsKey(set) ? scores.get(set) : loo.score(set);
            for (Method method : Method.values()) {
                System.out.printf("%-26s %-14s %s%n", set.getFileName(), name(method), counts.get(method));
            }
        }
        System.out.println("== leave one narrative set out: the method with the best pooled F1 on the others, "
                + "scored on the one left out");
        for (Path left : narrative) {
            Map<Method, Counts> pooled = new EnumMap<>(Method.class);
            scores.forEach((set, counts) -> {
                if (!set.equals(left)) {
                    counts.forEach((method, c) -> pooled.merge(method, c, Counts::plus));
                }
            });
            Method chosen = Method.CUES;
            for (Method method : Method.values()) {
                if (pooled.get(method).f1() > pooled.get(chosen).f1() + 1e-9) {
                    chosen = method;
                }
            }
            System.out.printf("left out %-24s chosen %-14s %s   (cues %s)%n", left.getFileName(), name(chosen),
                    scores.get(left).get(chosen), scores.get(left).get(Method.CUES));
        }
    }

    private static List<Path> concat(List<Path> a, List<Path> b) {
        List<Path> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String name(Method method) {
        return method.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private Map<Method, Counts> score(Path set) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<Method, Counts> counts = new EnumMap<>(Method.class);
        for (Method method : Method.values()) {
            counts.put(method, new Counts(0, 0, 0));
        }
        for (String line : Files.readAllLines(set)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = json.readTree(line);
            Map<String, String> texts = new LinkedHashMap<>();
            texts.put("bio", node.path("bio").asText(""));
            List<String> captions = new ArrayList<>();
            node.path("captions").forEach(c -> captions.add(c.asText()));
            for (int i = 0; i < captions.size(); i++) {
                texts.put("caption " + (i + 1), captions.get(i));
            }
            Set<String> gold = new TreeSet<>();
            node.path("styles").forEach(s -> gold.add(s.asText()));
            Set<String> kept = new TreeSet<>(inferrer.infer(texts.get("bio"), captions).styles());
            List<Mention> mentions = new ArrayList<>();
            texts.forEach((place, text) -> mentions.addAll(inferrer.mentions(text, place)));
            POSTaggerME tagger = taggers.get(node.path("lang").asText(""));
            for (Method method : Method.values()) {
                Set<String> shown = new TreeSet<>();
                for (String style : kept) {
                    List<Mention> own = mentions.stream().filter(m -> m.style().equals(style) && !m.negated()).toList();
                    if (!dropped(method, own, texts, tagger)) {
                        shown.add(style);
                    }
                }
                int tp = (int) shown.stream().filter(gold::contains).count();
                counts.merge(method, new Counts(tp, shown.size() - tp, gold.size() - tp), Counts::plus);
            }
        }
        return counts;
    }

    private boolean dropped(Method method, List<Mention> mentions, Map<String, String> texts, POSTaggerME tagger) {
        boolean strong = mentions.stream().anyMatch(m -> !m.prose() || m.stated());
        long sentences = mentions.stream().map(m -> m.place() + "/" + m.sentence()).distinct().count();
        boolean passing = !strong && sentences < 2;
        return switch (method) {
            case CUES -> false;
            case CORROBORATION -> passing;
            case POS_SUBJECT -> passing && tagger != null
                    && mentions.stream().allMatch(m -> otherSubject(m, texts.get(m.place()), tagger));
        };
    }

    /** Whether the subject of the verb nearest before the mention (or after it, if none) is not the artist. */
    private static boolean otherSubject(Mention mention, String text, POSTaggerME tagger) {
        List<String> words = new ArrayList<>();
        int at = -1;
        String first = mention.matched().split(" ")[0];
        for (Token token : Tokenizer.tokenize(text)) {
            if (token.sentence() != mention.sentence()) {
                continue;
            }
            if (at < 0 && token.text().equals(first)) {
                at = words.size();
            }
            // "we're", "i'm": the tagger's models know the two parts, not the contraction
            int apostrophe = token.text().indexOf('\'');
            if (apostrophe > 0 && apostrophe < token.text().length() - 1 && !token.text().matches("[lj]'.*")) {
                words.add(token.text().substring(0, apostrophe));
                words.add(token.text().substring(apostrophe));
            } else {
                words.add(token.text());
            }
        }
        String[] tokens = words.toArray(String[]::new);
        String[] tags = tagger.tag(tokens);
        int verb = -1;
        for (int i = Math.max(at, 0) - 1; i >= 0 && verb < 0; i--) {
            verb = isVerb(tags[i]) ? i : -1;
        }
        for (int i = Math.max(at, 0) + 1; i < tokens.length && verb < 0; i++) {
            verb = isVerb(tags[i]) ? i : -1;
        }
        for (int i = verb - 1; i >= 0; i--) {
            switch (tags[i]) {
                case "PRON", "PROPN" -> {
                    return !tags[i].equals("PROPN") && !ARTIST.contains(tokens[i]);
                }
                case "NOUN" -> {
                    return !tokens[i].equals("name") && !(i > 0 && ARTIST.contains(tokens[i - 1]));
                }
                case "VERB", "PUNCT", "CCONJ", "SCONJ" -> {
                    return false;
                }
                default -> {
                    // determiners, adjectives, adverbs, auxiliaries: walk on to the subject
                }
            }
        }
        return false;
    }

    private static boolean isVerb(String tag) {
        return tag.equals("VERB") || tag.equals("AUX");
    }
}

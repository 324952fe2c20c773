package tad.styles;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import tad.styles.LearnedLoo.Features;
import tad.styles.LearnedLoo.Featurizer;
import tad.styles.LearnedLoo.LabelledSet;
import tad.styles.LearnedLoo.Variant;

/**
 * Leave-one-set-out measure of {@link LearnedLoo}'s mention gate with a pretrained sentence embedding as its features:
 * all-MiniLM-L6-v2 (quantized, English, 384 dimensions) run in process by ONNX Runtime through LangChain4j, one
 * real-valued feature per dimension. The three variants named in docs/style-inference-accuracy.md before the first
 * run ("A pretrained sentence embedding as the mention classifier's features"): the mention's sentence with its style
 * words kept; the sentence with the one before and after, the mention's words masked; the latter plus the binary
 * features of {@link MentionFeatures}. Run by {@code embed-loo.sh}: {@code EmbedLoo [-v] TUNING_SET...}.
 */
public final class EmbedLoo {

    /** What is embedded for a mention. */
    enum Input { SENTENCE_KEPT, WINDOW_MASKED, WINDOW_MASKED_AND_FEATURES }

    static final String MASK = "style";

    private final EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    private final Map<String, float[]> cache = new HashMap<>();
    private long embedNanos;
    private int embedded;

    public static void main(String[] args) throws IOException {
        boolean verbose = args.length > 0 && args[0].equals("-v");
        List<String> files = List.of(args).subList(verbose ? 1 : 0, args.length);
        long start = System.nanoTime();
        EmbedLoo embed = new EmbedLoo();
        embed.vector("warm-up: the model's first call loads its session");
        System.out.printf("model loaded and warmed up in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        for (Input input : Input.values()) {
            System.out.printf("######## variant %s%n", input.name().toLowerCase(Locale.ROOT).replace('_', ' '));
            LearnedLoo loo = new LearnedLoo(Variant.GATE, embed.featurizer(input));
            List<LabelledSet> sets = new ArrayList<>();
            for (String file : files) {
                sets.add(loo.read(Path.of(file)));
            }
            loo.run(sets, verbose);
            System.out.printf(Locale.ROOT, "inference: %d texts embedded so far, %.1f ms each on average "
                    + "(one per gated mention; repeated texts embedded once)%n", embed.embedded,
                    embed.embedNanos / 1e6 / Math.max(1, embed.embedded));
        }
    }

    private Featurizer featurizer(Input input) {
        Featurizer words = LearnedLoo.mentionFeatures(true);
        return (text, start, end, counts) -> {
            int sentence = text.tokens().get(start).sentence();
            float[] vector = input == Input.SENTENCE_KEPT
                    ? vector(words(text, sentence, sentence, -1, -1))
                    : vector(words(text, sentence - 1, sentence + 1, start, end));
            List<String> names = new ArrayList<>();
            List<Float> values = new ArrayList<>();
            for (int d = 0; d < vector.length; d++) {
                names.add("e" + d);
                values.add(vector[d]);
            }
            if (input == Input.WINDOW_MASKED_AND_FEATURES) {
                for (String name : words.of(text, start, end, counts).names()) {
                    names.add(name);
                    values.add(1f);
                }
            }
            float[] array = new float[values.size()];
            for (int i = 0; i < array.length; i++) {
                array[i] = values.get(i);
            }
            return new Features(names.toArray(String[]::new), array);
        };
    }

    /**
     * The words of sentences {@code from} … {@code to} as the tokenizer reads them, tokens [maskStart, maskEnd)
     * replaced by {@link #MASK} once.
     */
    static String words(MentionFeatures.Text text, int from, int to, int maskStart, int maskEnd) {
        StringJoiner joined = new StringJoiner(" ");
        List<Token> tokens = text.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.sentence() < from || token.sentence() > to || (i > maskStart && i < maskEnd)) {
                continue;
            }
            joined.add(i == maskStart ? MASK : token.hashtag() ? "#" + token.text() : token.text());
        }
        return joined.toString();
    }

    /** The unit-length embedding of {@code text}, computed once per distinct text. */
    float[] vector(String text) {
        float[] cached = cache.get(text);
        if (cached != null) {
            return cached;
        }
        long start = System.nanoTime();
        float[] vector = model.embed(text).content().vector();
        embedNanos += System.nanoTime() - start;
        embedded++;
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        float[] unit = new float[vector.length];
        for (int d = 0; d < vector.length; d++) {
            unit[d] = (float) (vector[d] / Math.sqrt(norm));
        }
        cache.put(text, unit);
        return unit;
    }
}

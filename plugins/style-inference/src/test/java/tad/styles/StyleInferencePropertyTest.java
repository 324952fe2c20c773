package tad.styles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tad.plugin.StyleEvidence;
import tad.plugin.testing.Tries;

/**
 * Properties of style inference that hold whatever its rules are, on generated text nobody chose: it never fails
 * and finishes on hostile and very long text, every style it keeps or rejects is canonical (in taxonomy.txt), the
 * evidence of each comes from the text it names, the same input gives the same result, and a style stated in a
 * specialism list is not lost when a bio's lines are shuffled or neutral lines are added. Fragments, list lines and
 * neutral lines are written for tad. Seeds are fixed; a failure prints its seed, try, input and output ({@link Tries}).
 */
class StyleInferencePropertyTest {

    private static final StyleInferrer INFERRER = new StyleInferrer(StyleData.bundled(), InferenceSettings.DEFAULTS);
    /** The canonical slugs, read from the data file itself rather than through the code under test. */
    private static final Set<String> CANONICAL = DataFile.resource("taxonomy.txt").lines().stream()
            .map(line -> line.strip()).filter(line -> !line.isEmpty() && !line.startsWith("#"))
            .map(line -> line.substring(0, line.indexOf('=')).strip()).collect(Collectors.toUnmodifiableSet());

    private static final List<String> PIECES = List.of("\u0000", "\u001B[0m", "\r\n", "\uD83D", "\uDE00x", "\u202E",
            "\u200D", "\u200B", "\uFEFF", "👨‍👩‍👧", "🇩🇪", "🖤", "a\u0308\u0308", "Z̴̡a̸", "𝓫𝓵𝓪𝓬𝓴𝔀𝓸𝓻𝓴", "ＲＥＡＬＩＳＭ",
            "<script>alert('#realism')</script>", "<a href=\"#blackwork\">", "&amp;", "b/g", "'n'", "n'", "&", "+", "-",
            "#", "##", "#blackwork#dotwork", "#neotrad", "#bng", "#finelinetattooartist", "black & grey", "no realism",
            "not into colour", "kein Realismus", "fine line", "Irezumi", "réalisme", "czarno-szare", "Specialises in:",
            "my focus:", "watercolour paper", "realistic prices", "?", ".", "\n", "• ", " | ", ", ", ";");

    private static final List<String> SEPARATORS = List.of("", " ", "\n");
    private static final List<String> LONG_TOKENS = List.of("black & grey ", "#blackwork#dotwork", "no realism, ",
            "Specialises in: Irezumi • ", "𝓫𝓵𝓪𝓬𝓴𝔀𝓸𝓻𝓴 ", "a\u0308\u0308", "\u200B", "- ", "b/g n' ");

    /** Up to 30 pieces, each a piece above or arbitrary chars (surrogates included), with separators. */
    private static String hostile(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        for (int pieces = random.nextInt(31); pieces > 0; pieces--) {
            text.append(random.nextBoolean() ? Tries.pick(random, PIECES) : Tries.anyChars(random, 10))
                    .append(Tries.pick(random, SEPARATORS));
        }
        return text.toString();
    }

    /** Up to three hostile captions. */
    private static List<String> captions(SplittableRandom random) {
        List<String> captions = new ArrayList<>();
        for (int n = random.nextInt(4); n > 0; n--) {
            captions.add(hostile(random));
        }
        return captions;
    }

    /** A bio and its captions. */
    record Profile(String bio, List<String> captions) {
    }

    /** A bio of one token repeated to 100,000 characters, also its one caption; printed as the token. */
    record LongBio(String token) {

        String text() {
            return token.repeat(100_000 / token.length() + 1).substring(0, 100_000);
        }

        @Override
        public String toString() {
            return "\"" + token + "\" repeated to 100000 characters";
        }
    }

    @Test
    void neverFailsAndKeepsOnlyCanonicalStylesWithEvidenceFromTheText() {
        Tries.check(20261214, 300, random -> new Profile(hostile(random), captions(random)),
                in -> INFERRER.infer(in.bio(), in.captions()),
                (in, found) -> wellFormed(in.bio(), in.captions(), found));
    }

    @Test
    void aHundredThousandCharacterBioFinishesWellFormed() {
        Tries.check(20261215, 4, random -> new LongBio(Tries.pick(random, LONG_TOKENS)),
                in -> INFERRER.infer(in.text(), List.of(in.text())),
                (in, found) -> wellFormed(in.text(), List.of(in.text()), found));
    }

    @Test
    void theSameInputGivesTheSameResult() {
        Tries.check(20261216, 100, random -> new Profile(hostile(random), captions(random)),
                in -> List.of(INFERRER.infer(in.bio(), in.captions()), new StyleInferrer(StyleData.bundled(),
                        InferenceSettings.DEFAULTS).infer(in.bio(), in.captions())),
                (in, both) -> assertThat(both.get(1)).isEqualTo(both.get(0)));
    }

    private static void wellFormed(String bio, List<String> captions, StyleInference found) {
        assertThat(found.styles()).doesNotHaveDuplicates().isSubsetOf(CANONICAL);
        assertThat(found.evidence()).extracting(StyleEvidence::style).containsExactlyElementsOf(found.styles());
        assertThat(found.rejected()).extracting(StyleEvidence::style).isSubsetOf(CANONICAL)
                .noneMatch(found.styles()::contains);
        for (StyleEvidence evidence : found.evidence()) {
            assertThat(evidence.mentions()).isPositive();
            for (String where : evidence.where()) {
                String place = where.substring(0, where.indexOf(':'));
                String text = place.equals("bio") ? bio : captions.get(Integer.parseInt(place.substring(8)) - 1);
                String matched = where.substring(where.indexOf(':') + 1).replaceFirst(" \\(negated\\)$", "");
                assertThat(Collections.indexOfSubList(words(text), List.of(matched.split(" "))))
                        .as("%s is a run of the words of %s", where, place).isNotNegative();
            }
        }
    }

    /** The text's words as the tokenizer normalises them (documented there), hashtags with their '#'. */
    private static List<String> words(String text) {
        return Tokenizer.tokenize(text).stream().map(t -> t.hashtag() ? "#" + t.text() : t.text()).toList();
    }

    /** Specialism lists of our own in the seven languages of the alias files, each with its heading. */
    private static final Map<String, List<String>> LISTS = Map.of(
            "Specialises in:", List.of("Neotrad", "Irezumi", "Fine line", "Blackwork", "Black & Grey", "Realism",
                    "Dotwork", "Watercolour", "Micro realism", "Geometric", "Lettering", "Old school"),
            "Spezialisiert auf:", List.of("Realistik", "Schwarz-Weiß", "feine Linien", "Aquarell", "Japanisch",
                    "Traditionell", "Neotraditionell"),
            "Spécialités :", List.of("réalisme", "noir et gris", "japonais", "aquarelle", "traditionnel",
                    "néo traditionnel"),
            "Especialidades:", List.of("realismo", "acuarela", "líneas finas", "microrealismo", "japonés",
                    "tradicional", "negro y gris"),
            "Specializzato in:", List.of("giapponese", "bianco e nero", "acquerello", "realismo", "tradizionale"),
            "Specjalizacje:", List.of("realizm", "czarno-szare", "kropkowanie", "tradycyjny", "japoński"),
            "Especialidades :", List.of("realismo", "aquarela", "traço fino", "japonês", "preto e cinza"));

    /** Bio lines that name no style in any language. */
    private static final List<String> NEUTRAL = List.of("📍 Leeds", "Books via DM", "Est. 2015", "Walk-ins welcome",
            "she/her", "Vegan ink only", "Termine per DM", "Sur rendez-vous", "Citas por DM", "Su appuntamento",
            "Zapisy przez DM", "Marcações por DM", "Owner @blackanchor.studio", "🖤✨", "Tattoo artist since 2012",
            "Guest spots: Berlin, Lisbon");

    /** The headings of {@link #LISTS} in a fixed order (a {@code Map.of} is iterated in a different order each run). */
    private static final List<String> HEADINGS = LISTS.keySet().stream().sorted().toList();
    private static final List<String> GLUES = List.of(", ", " • ", " / ", " | ");

    /** One to four distinct items of one language's list after its heading, joined by one glue. */
    private static String specialismLine(SplittableRandom random) {
        String heading = Tries.pick(random, HEADINGS);
        List<String> items = new ArrayList<>(LISTS.get(heading));
        Collections.shuffle(items, new Random(random.nextLong()));
        return heading + " " + String.join(Tries.pick(random, GLUES), items.subList(0, 1 + random.nextInt(4)));
    }

    /** Up to six neutral lines. */
    private static List<String> neutralLines(SplittableRandom random) {
        List<String> lines = new ArrayList<>();
        for (int n = random.nextInt(7); n > 0; n--) {
            lines.add(Tries.pick(random, NEUTRAL));
        }
        return lines;
    }

    /** A specialism list alone and the bio of it and neutral lines shuffled by {@code shuffleSeed}. */
    record Shuffled(String list, List<String> neutral, long shuffleSeed) {

        String bio() {
            List<String> lines = new ArrayList<>(neutral);
            lines.add(list);
            Collections.shuffle(lines, new Random(shuffleSeed));
            return String.join("\n", lines);
        }

        @Override
        public String toString() {
            return "list " + list + ", neutral " + neutral + ", shuffled by new Random(" + shuffleSeed + ") to "
                    + bio();
        }
    }

    /** (d) The styles a specialism list states alone are kept in any order of the bio's lines, with neutral lines. */
    @Test
    void aStatedSpecialismSurvivesShuffledAndNeutralLines() {
        var tried = Tries.check(20261217, 300,
                random -> new Shuffled(specialismLine(random), neutralLines(random), random.nextLong()),
                in -> List.of(INFERRER.infer(in.list(), List.of()).styles(),
                        INFERRER.infer(in.bio(), List.of()).styles()),
                (in, styles) -> assertThat(styles.get(1)).containsAll(styles.get(0)));
        Tries.enoughOf(tried, t -> !t.output().get(0).isEmpty(), 0.9, "the list states a style");
    }
}

package tad.styles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;
import tad.plugin.StyleEvidence;

/**
 * Properties of style inference that hold whatever its rules are, on generated text nobody chose: it never fails
 * and finishes on hostile and very long text, every style it keeps or rejects is canonical (in taxonomy.txt), the
 * evidence of each comes from the text it names, the same input gives the same result, and a style stated in a
 * specialism list is not lost when a bio's lines are shuffled or neutral lines are added. Fragments, list lines and
 * neutral lines are written for tad. Seeds are fixed.
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

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(PIECES), Arbitraries.strings().all().ofMaxLength(10));
        return Combinators.combine(piece, Arbitraries.of("", " ", "\n")).as((p, s) -> p + s).list().ofMaxSize(30)
                .map(pieces -> String.join("", pieces));
    }

    @Provide
    Arbitrary<String> longText() {
        return Arbitraries.of("black & grey ", "#blackwork#dotwork", "no realism, ", "Specialises in: Irezumi • ",
                "𝓫𝓵𝓪𝓬𝓴𝔀𝓸𝓻𝓴 ", "a\u0308\u0308", "\u200B", "- ", "b/g n' ").map(t -> t.repeat(100_000 / t.length() + 1)
                .substring(0, 100_000));
    }

    @Property(tries = 300, seed = "20261214")
    void neverFailsAndKeepsOnlyCanonicalStylesWithEvidenceFromTheText(
            @ForAll("hostile") String bio, @ForAll("captions") List<String> captions) {
        wellFormed(bio, captions, INFERRER.infer(bio, captions));
    }

    /** Not shrunk: a 100,000-character sample shrinks for minutes; the failing sample is printed whole. */
    @Property(tries = 4, seed = "20261215", shrinking = ShrinkingMode.OFF)
    void aHundredThousandCharacterBioFinishesWellFormed(@ForAll("longText") String bio) {
        wellFormed(bio, List.of(bio), INFERRER.infer(bio, List.of(bio)));
    }

    @Property(tries = 100, seed = "20261216")
    void theSameInputGivesTheSameResult(@ForAll("hostile") String bio, @ForAll("captions") List<String> captions) {
        assertThat(new StyleInferrer(StyleData.bundled(), InferenceSettings.DEFAULTS).infer(bio, captions))
                .isEqualTo(INFERRER.infer(bio, captions));
    }

    @Provide
    Arbitrary<List<String>> captions() {
        return hostile().list().ofMaxSize(3);
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

    @Provide
    Arbitrary<String> specialismLine() {
        return Arbitraries.of(LISTS.keySet()).flatMap(heading -> Arbitraries.of(LISTS.get(heading)).set()
                .ofMinSize(1).ofMaxSize(4).flatMap(items -> Arbitraries.of(", ", " • ", " / ", " | ")
                        .map(glue -> heading + " " + String.join(glue, items))));
    }

    @Provide
    Arbitrary<List<String>> neutralLines() {
        return Arbitraries.of(NEUTRAL).list().ofMaxSize(6);
    }

    /** (d) The styles a specialism list states alone are kept in any order of the bio's lines, with neutral lines. */
    @Property(tries = 300, seed = "20261217")
    void aStatedSpecialismSurvivesShuffledAndNeutralLines(@ForAll("specialismLine") String list,
                                                          @ForAll("neutralLines") List<String> neutral,
                                                          @ForAll long shuffleSeed) {
        List<String> alone = INFERRER.infer(list, List.of()).styles();
        List<String> lines = new ArrayList<>(neutral);
        lines.add(list);
        Collections.shuffle(lines, new Random(shuffleSeed));
        Statistics.label("the list states a style").collect(!alone.isEmpty());
        Statistics.label("the list states a style").coverage(c -> c.check(true).percentage(p -> p >= 90));
        assertThat(INFERRER.infer(String.join("\n", lines), List.of()).styles()).containsAll(alone);
    }
}

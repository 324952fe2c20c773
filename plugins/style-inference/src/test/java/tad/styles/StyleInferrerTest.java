package tad.styles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tad.plugin.StyleEvidence;

class StyleInferrerTest {

    private static final StyleData DATA = StyleData.bundled();
    private final StyleInferrer inferrer = new StyleInferrer(DATA, InferenceSettings.DEFAULTS);

    private List<String> styles(String bio, String... captions) {
        return inferrer.infer(bio, List.of(captions)).styles();
    }

    @Test
    void readsAbbreviatedHashtags() {
        assertThat(styles("#neotrad and #bng")).containsExactly("neo-traditional", "black-and-grey");
    }

    @Test
    void matchesWholeWordsOnly() {
        assertThat(styles("Specialising in non-traditional placements")).isEmpty();
        assertThat(styles("realistic prices, honest advice")).isEmpty();
        assertThat(styles("surreally? traditionally no")).isEmpty();
        assertThat(styles("Traditional-ish flash")).containsExactly("traditional");
    }

    @Test
    void readsMultiWordPhrasesAndSpellings() {
        assertThat(styles("Black & Grey realism")).containsExactlyInAnyOrder("black-and-grey", "realism");
        assertThat(styles("black n gray")).containsExactly("black-and-grey");
        assertThat(styles("colour & b/g")).containsExactly("black-and-grey");
        assertThat(styles("fine-line watercolor")).containsExactlyInAnyOrder("fine-line", "watercolour");
        assertThat(styles("Irezumi")).containsExactly("japanese");
    }

    /** The forms issue 18 names, and the known misses it reports. */
    @Test
    void readsTheFormsArtistsWriteInTextTagsAndOtherLanguages() {
        assertThat(styles("#blackworktattoo #finelinetattooartist #traditionaltattoos"))
                .containsExactlyInAnyOrder("blackwork", "fine-line", "traditional");
        assertThat(styles("b&g, black n grey, Black 'n' Grey, black/grey")).containsExactly("black-and-grey");
        assertThat(styles("black & grey")).containsExactly("black-and-grey");
        assertThat(styles("Black & white")).containsExactly("black-and-grey");
        assertThat(styles("Traditional (Europäisch-Amerikanisch)")).containsExactly("traditional");
        assertThat(styles("Watercolours and geometrics")).containsExactlyInAnyOrder("watercolour", "geometric");
        assertThat(styles("Oldschool, greywash")).containsExactlyInAnyOrder("traditional", "black-and-grey");
        assertThat(styles("Specialises in: Neotrad, Irezumi, Tebori, Micro realism"))
                .containsExactlyInAnyOrder("neo-traditional", "japanese", "micro-realism");
        assertThat(styles("Realistische Tattoos, Schwarz-Weiß, feine Linien")).containsExactlyInAnyOrder("realism",
                "black-and-grey", "fine-line");
        assertThat(styles("réalisme, noir et gris, japonais")).containsExactlyInAnyOrder("realism", "black-and-grey",
                "japanese");
        assertThat(styles("realismo y acuarela")).containsExactlyInAnyOrder("realism", "watercolour");
        assertThat(styles("tatuaggi giapponese, bianco e nero")).containsExactlyInAnyOrder("japanese", "black-and-grey");
        assertThat(styles("realizm, czarno-szare, kropkowanie")).containsExactlyInAnyOrder("realism", "black-and-grey",
                "dotwork");
        assertThat(styles("pontilhismo e traço fino")).containsExactlyInAnyOrder("dotwork", "fine-line");
        assertThat(styles("script tattoos")).containsExactly("lettering");
        assertThat(styles("keine Realistik, nur Blackwork")).containsExactly("blackwork");
    }

    /** Forms the outside tuning set (outside-tune.jsonl) showed missing: other languages' inflections and names. */
    @Test
    void readsInflectedFormsOfTheOtherLanguages() {
        assertThat(styles("tatuaggi giapponesi, geometrici e tribali")).containsExactlyInAnyOrder("japanese",
                "geometric", "tribal");
        assertThat(styles("pezzi simili ad acquerelli, tecnica puntinata")).containsExactlyInAnyOrder("watercolour",
                "dotwork");
        assertThat(styles("Specjalizuję się w realizmie")).containsExactly("realism");
        assertThat(styles("vieja escuela y nueva escuela")).containsExactlyInAnyOrder("traditional", "new-school");
        assertThat(styles("ornamentale Designs, Schriften")).containsExactlyInAnyOrder("ornamental", "lettering");
    }

    /** Portuguese "no" is "in the"; Portuguese negates with "não", which still negates. */
    @Test
    void aCueThatIsAnEverydayWordOfTheTextsLanguageIsNoCue() {
        assertThat(styles("Especialista no estilo aquarela, hoje ele é referência")).containsExactly("watercolour");
        assertThat(styles("Ele gosto muito do realismo, não faço tribal")).containsExactly("realism");
        assertThat(styles("No realism, no tribal")).isEmpty();
        assertThat(styles("No hago realismo")).isEmpty();
    }

    /** Spanish and Portuguese "manga" is a sleeve; in English text it is still anime. */
    @Test
    void aWordThatNamesNoStyleInTheTextsLanguageIsNoMention() {
        assertThat(styles("Si alguien pide una manga completa, ahora lo hago muy bien")).isEmpty();
        assertThat(styles("Pide una manga japonesa, ahora es muy fácil")).containsExactly("japanese");
        assertThat(styles("Anime and manga pieces")).containsExactly("anime");
    }

    @Test
    void aStyleNamedAsAnInfluenceOrAsThePastIsNotTheArtistsStyle() {
        assertThat(styles("Illustrative tattoos with strong roots in realism")).containsExactly("illustrative");
        assertThat(styles("Neo trad inspired by Japanese woodblock prints")).containsExactly("neo-traditional");
        assertThat(styles("Inspired by Japanese but mostly neo trad")).containsExactly("neo-traditional");
        assertThat(styles("Inspired by nature, blackwork and dotwork")).containsExactly("blackwork", "dotwork");
        assertThat(styles("Leeds based blackwork artist")).containsExactly("blackwork");
        assertThat(styles("Neotradicional. Cuando ilustro suele ser a acuarela")).containsExactly("neo-traditional");
        assertThat(styles("I used to do realism, now fine line")).containsExactly("fine-line");
        assertThat(styles("ho iniziato con disegni semplici, neri, scritte, tribali ecc")).isEmpty();
        assertThat(styles("Sou tatuador há 3 anos e trabalho com Blackwork. Já experimentei cores, pontilhismo, mas me "
                + "aperfeiçoei no Blackwork")).containsExactly("blackwork");
    }

    /**
     * Narrative text names styles the artist admires, paints on paper or drew as a child (the outside sets' false
     * positives); a noun beside the style word can make it describe something that is no tattoo.
     */
    @Test
    void aStyleAdmiredOrNamedAsAMaterialOrAWayOfWorkingIsNotTheArtists() {
        assertThat(styles("As much as I appreciate realism, my own tattoos are bold blackwork"))
                .containsExactly("blackwork");
        assertThat(styles("Ammiro il realismo, ma faccio blackwork")).containsExactly("blackwork");
        assertThat(styles("I paint on watercolour paper and tattoo fine line")).containsExactly("fine-line");
        assertThat(styles("Pinto sobre papel de acuarela")).isEmpty();
        assertThat(styles("Realistic paintings in oil")).isEmpty();
        assertThat(styles("She served a traditional apprenticeship in Leeds")).isEmpty();
        assertThat(styles("Traditional, blackwork")).containsExactly("traditional", "blackwork");
        assertThat(styles("Japanese culture has always fascinated me")).isEmpty();
    }

    /** In a bio line a comma ends a cue's reach; in a portrait's long sentence the clauses after it belong to it. */
    @Test
    void inProseACueReachesToTheEndOfItsSentence() {
        assertThat(styles("Inspired by nature, blackwork and dotwork")).containsExactly("blackwork", "dotwork");
        assertThat(styles("When I was a kid I covered my school books with doodles of dragons and skulls; some of "
                + "them still have my name written in tribal on the cover.")).isEmpty();
        assertThat(styles("Il a nourri son dessin de nombreux styles au fil des années et des voyages, du tribal au "
                + "réalisme, et maîtrise désormais le blackwork.")).containsExactly("blackwork");
        assertThat(styles("He tattooed his first piece in a friend's kitchen in 2004 and has worked in three "
                + "studios since then, always doing realism.")).containsExactly("realism");
    }

    /**
     * Styles in general: what is in fashion, the whole range a studio or a client can choose from, what other artists
     * do, what the artist grew up with or got as a first tattoo (the false positives of outside-tune-4).
     */
    @Test
    void stylesInFashionOnOfferOrDoneByOthersAreNotTheArtists() {
        assertThat(styles("Der Trend geht zu Aquarellen, zu Farben, realistischen Abbildungen.")).isEmpty();
        assertThat(styles("Right now the trend is fine line")).isEmpty();
        assertThat(styles("Con una plantilla de tres tatuadores, en el estudio trabajan todo tipo de estilos, desde el "
                + "realismo al mandala o elementos geométricos, en blanco y negro o color.")).isEmpty();
        assertThat(styles("I tattoo all sorts of styles, mostly blackwork")).containsExactly("blackwork");
        assertThat(styles("Some artists do fine line, but I only tattoo traditional")).containsExactly("traditional");
        assertThat(styles("Certains artistes font du dotwork. Moi, je fais du réalisme.")).containsExactly("realism");
        assertThat(styles("I grew up with manga and anime. Today I tattoo blackwork.")).containsExactly("blackwork");
        assertThat(styles("My first tattoo was a tribal band. I specialise in fine line.")).containsExactly("fine-line");
        assertThat(styles("Antes era todo old school, ahora hago realismo")).containsExactly("realism");
        assertThat(styles("Fine line, realism, trend-free")).containsExactlyInAnyOrder("fine-line", "realism");
    }

    /** "Traditional Japanese" is the Japanese style only, in every language's word order. */
    @Test
    void traditionalJapaneseIsJapaneseOnlyInEveryLanguage() {
        assertThat(styles("le tatouage traditionnel japonais")).containsExactly("japanese");
        assertThat(styles("Tradicional japonés")).containsExactly("japanese");
        assertThat(styles("tatuaggio giapponese tradizionale")).containsExactly("japanese");
        assertThat(styles("tatuagem tradicional japonesa")).containsExactly("japanese");
        assertThat(styles("traditionelle japanische Tattoos")).containsExactly("japanese");
        assertThat(styles("tradicional y japonés")).containsExactlyInAnyOrder("traditional", "japanese");
    }

    /** The noun names drawing as a discipline; as a tag or before a style noun it names the style. */
    @Test
    void illustrationIsTheStyleOnlyAsATagOrBeforeAStyleNoun() {
        assertThat(styles("I studied Art and Illustration in Barcelona")).isEmpty();
        assertThat(styles("#illustration")).containsExactly("illustrative");
        assertThat(styles("illustration tattoos")).containsExactly("illustrative");
        assertThat(styles("Illustrative")).containsExactly("illustrative");
    }

    @Test
    void readsJapaneseScriptWithItsOkurigana() {
        assertThat(styles("和彫り, 伝統")).containsExactly("japanese");
    }

    /** An introduction post states what the artist does; a passing tag on one post still does not count alone. */
    @Test
    void aCaptionStatingWhatTheArtistDoesWeighsAsABio() {
        assertThat(styles("", "Mein Schwerpunkt: Realistik in Black & Grey, Blackwork und Dotwork, Cover-Ups."))
                .containsExactlyInAnyOrder("realism", "black-and-grey", "blackwork", "dotwork");
        assertThat(styles("", "I specialise in custom work! Dotwork moth from today")).isEmpty();
        assertThat(styles("", "Dotwork moth from today")).isEmpty();
    }

    @Test
    void longestPhraseWins() {
        assertThat(styles("traditional japanese")).containsExactly("japanese");
        assertThat(styles("Japanese traditional")).containsExactly("japanese");
        assertThat(styles("neo trad")).containsExactly("neo-traditional");
        assertThat(styles("micro realism")).containsExactly("micro-realism");
    }

    @Test
    void readsGluedAndCompoundHashtags() {
        assertThat(styles("#Blackwork#Dotwork")).containsExactlyInAnyOrder("blackwork", "dotwork");
        assertThat(styles("#blackworktattoo #leedsblackwork")).containsExactly("blackwork");
        assertThat(styles("#bngrealism")).containsExactlyInAnyOrder("black-and-grey", "realism");
        assertThat(styles("#micro_realism")).containsExactly("micro-realism");
        assertThat(styles("#tattoo #inked #leeds")).isEmpty();
    }

    @Test
    void ambiguousWordsCountOnlyAsHashtags() {
        assertThat(styles("I'll send you the sketch and script")).isEmpty();
        assertThat(styles("#sketch #script")).containsExactlyInAnyOrder("sketch", "lettering");
    }

    @Test
    void negatedMentionsDoNotCount() {
        assertThat(styles("No realism, no portraits. Neo trad only")).containsExactly("neo-traditional");
        assertThat(styles("not doing realism anymore")).isEmpty();
        assertThat(styles("I don't do Japanese or tribal")).isEmpty();
        assertThat(styles("realism is not my thing 🙃 geometric")).containsExactly("geometric");
        assertThat(styles("All styles welcome except tribal")).isEmpty();
        assertThat(styles("no script/lettering sorry! #watercolour")).containsExactly("watercolour");
    }

    @Test
    void negationStopsAtTheClauseAndAtBreakers() {
        assertThat(styles("No walk-ins! Blackwork only")).containsExactly("blackwork");
        assertThat(styles("no walk-ins / blackwork only")).containsExactly("blackwork");
        assertThat(styles("blackwork/dotwork")).containsExactly("blackwork", "dotwork");
        assertThat(styles("Not just blackwork")).containsExactly("blackwork");
    }

    @Test
    void aStyleTheBioRulesOutStaysOutWhateverTheCaptionsSay() {
        assertThat(styles("No realism", "#realism", "#realism wolf")).isEmpty();
    }

    @Test
    void captionOnlyStylesNeedTwoPosts() {
        assertThat(styles("", "#fineline rose")).isEmpty();
        assertThat(styles("", "#fineline rose", "fine line moth")).containsExactly("fine-line");
        // one post stacking three tags is still one post
        assertThat(styles("", "#realism #realismtattoo #realistic")).isEmpty();
    }

    @Test
    void strongestStyleComesFirst() {
        assertThat(styles("#dotwork", "#blackwork", "#blackwork", "#blackwork"))
                .containsExactly("blackwork", "dotwork");
    }

    @Test
    void keepsEvidencePerStyle() {
        StyleInference result = inferrer.infer("#neotrad 🌹 Neo-traditional", List.of("neo trad fox", "no realism"));
        assertThat(result.evidence()).containsExactly(new StyleEvidence("neo-traditional", 3,
                List.of("bio:#neotrad", "bio:neo traditional", "caption 1:neo trad")));
        assertThat(result.rejected()).containsExactly(
                new StyleEvidence("realism", 0, List.of("caption 2:realism (negated)")));
    }

    @Test
    void keepsBelowThresholdCandidatesAsRejected() {
        StyleInference result = inferrer.infer("", List.of("#dotwork moth"));
        assertThat(result.styles()).isEmpty();
        assertThat(result.rejected()).containsExactly(new StyleEvidence("dotwork", 1, List.of("caption 1:#dotwork")));
    }

    @Test
    void readsFancyUnicodeFonts() {
        assertThat(styles("𝓫𝓵𝓪𝓬𝓴𝔀𝓸𝓻𝓴 & ＦＩＮＥ ＬＩＮＥ")).containsExactlyInAnyOrder("blackwork", "fine-line");
    }

    @Test
    void thresholdsComeFromTheSettings() {
        StyleInferrer lenient = new StyleInferrer(DATA, new InferenceSettings(2, 1, 1, 4, true));
        assertThat(lenient.infer("", List.of("#fineline rose")).styles()).containsExactly("fine-line");
    }

    @Test
    void toleratesMissingText() {
        assertThat(inferrer.infer(null, List.of()).styles()).isEmpty();
        assertThat(inferrer.infer("", List.of("")).hashtags()).isEmpty();
    }
}

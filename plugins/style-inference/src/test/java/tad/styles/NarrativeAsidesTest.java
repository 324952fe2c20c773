package tad.styles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The classes of false positives that interviews, portraits and artists' own pages produced on outside-tune-4
 * (issue 18, fifth round): a style said of other people, of styles in general (a trend, a definition, a history,
 * what a technique suits), or a nationality; each beside the artist's own style, which must stay.
 */
class NarrativeAsidesTest {

    private final StyleInferrer inferrer = new StyleInferrer(StyleData.bundled(), InferenceSettings.DEFAULTS);

    private List<String> styles(String bio) {
        return inferrer.infer(bio, List.of()).styles();
    }

    @Test
    void aStyleOfTheStudiosTeamAColleagueOrAClientIsNotTheArtists() {
        assertThat(styles("I mostly do fine line. Our artists also cover realism and Japanese."))
                .containsExactly("fine-line");
        assertThat(styles("Mi especialidad es el realismo; en el estudio cuento con profesionales de estilos "
                + "múltiples: uno hace blackwork, otro new school.")).containsExactly("realism");
        assertThat(styles("Ich tätowiere Dotwork. Mein Kollege macht Traditional.")).containsExactly("dotwork");
        assertThat(styles("His first tattoo was a tribal armband; he now tattoos blackwork.")).containsExactly(
                "blackwork");
        assertThat(styles("Tatoué par un ami en old school, il tatoue aujourd'hui du réalisme."))
                .containsExactly("realism");
        assertThat(styles("I seek to compliment our clients through Japanese style tattooing."))
                .containsExactly("japanese");
    }

    @Test
    void aTrendADefinitionOrAHistorySaidAfterTheStyleIsNotTheArtists() {
        assertThat(styles("Fine line tattoos are all the rage right now, and I am not a fan.")).isEmpty();
        assertThat(styles("Auch geometrische Muster sind gefragt. Ich mache Realistik.")).containsExactly("realism");
        assertThat(styles("Dotwork means building a picture from dots. I tattoo blackwork.")).containsExactly(
                "blackwork");
        assertThat(styles("Japanese tattooing originated in the Edo period.")).isEmpty();
        assertThat(styles("Blackwork, dotwork")).containsExactly("blackwork", "dotwork");
    }

    @Test
    void stylesInGeneralWhatPeopleAskForTheirHistoryOrWhatATechniqueSuitsAreNotTheArtists() {
        assertThat(styles("Pero siguen prevaleciendo los principales, que son el tradicional, el neo tradicional y el "
                + "japonés.")).isEmpty();
        assertThat(styles("Typically I look to those who came before me and people will notice designs from "
                + "American traditional tattooing.")).isEmpty();
        assertThat(styles("Fa pointillisme, una tecnica adatta a tatuaggi geometrici.")).containsExactly("dotwork");
        assertThat(styles("I have various styles of tattoos, from geometric to traditional, and I tattoo realism."))
                .containsExactly("realism");
        assertThat(styles("The history of Polynesian tattooing fascinates me; I tattoo fine line."))
                .containsExactly("fine-line");
    }

    @Test
    void aNationalityAfterAPersonIsNoStyle() {
        assertThat(styles("Un jeune tatoueur japonais qui tatoue du blackwork")).containsExactly("blackwork");
        assertThat(styles("Tatuador japonés, especializado en realismo")).containsExactly("realism");
        assertThat(styles("Tatoueur spécialisé dans le japonais")).containsExactly("japanese");
        assertThat(styles("Fedele allo stile dei tatuatori giapponesi")).containsExactly("japanese");
    }

    /** The sixth round's classes (outside-tune-5, held out as outside-heldout-5 at its one run). */
    @Test
    void aSentenceThatPointsBackContinuesTheAsideBeforeIt() {
        assertThat(styles("A friend of mine got his first tattoo from [name]. It was a big anchor all in black and "
                + "grey. My own work is traditional.")).containsExactly("traditional");
        assertThat(styles("My first tattoo was a rose. It was done in blackwork, but now I tattoo dotwork."))
                .containsExactly("dotwork");
        assertThat(styles("I trained in Leeds. It was blackwork from day one.")).containsExactly("blackwork");
    }

    @Test
    void theArtistsTasteBeforeTattooingAndTheClientsMostRequestedDesignsAreNotTheirStyle() {
        assertThat(styles("Before I became a tattooer I loved Japanese tattoos; today I do fine line."))
                .containsExactly("fine-line");
        assertThat(styles("Los diseños más solicitados últimamente son dibujos de origen japonés, retratos y piezas "
                + "a todo color.")).isEmpty();
        assertThat(styles("Realismo, blackwork")).containsExactlyInAnyOrder("realism", "blackwork");
    }

    @Test
    void aLitotesIsNoNegation() {
        assertThat(styles("Mi piace il colore, ma non disdegno il bianco e nero")).containsExactly("black-and-grey");
        assertThat(styles("I don't mind doing realism")).containsExactly("realism");
        assertThat(styles("I don't do realism")).isEmpty();
    }
}

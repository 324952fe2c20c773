package tad.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Shapes of town names that came out as something that is not a town (docs/availability.md, "After round J's held-out
 * run: place shapes"): an all-caps countdown before the town, a name abbreviated with a full stop ("St. Albans"), and
 * a name joined by a lower-case word ("Monaco di Baviera"). Sentences written here for the tests, not taken from any
 * labelled set; only the place is asserted where the days are another part's concern.
 */
class PlaceShapesTest {

    // a Tuesday
    private static final LocalDate WRITTEN = LocalDate.of(2027, 3, 2);

    private static List<String> infer(String text) {
        return StatementsAsText.of(text, WRITTEN);
    }

    @Test
    void anAllCapsCountdownIsNoPartOfTheTown() {
        assertThat(infer("12 DAYS TILL PERTH 🏴 guest spot at Blackthorn Ink, so ready"))
                .containsExactly("guest-spot 2027-03-14..2027-03-14 @PERTH");
        assertThat(infer("3 SLEEPS UNTIL BRISTOL guest spot!!")).containsExactly("guest-spot 2027-03-05..2027-03-05 @BRISTOL");
    }

    @Test
    void anAllCapsNameKeepsItsArticleAndJoiningWords() {
        assertThat(PlaceReader.read("4 DAYS TILL NEWCASTLE UPON TYNE guest spot", 32, 42, HomeStudios.NONE))
                .contains("NEWCASTLE UPON TYNE");
        assertThat(PlaceReader.read("2 WEEKS TO LA SPEZIA guest spot", 20, 30, HomeStudios.NONE)).contains("LA SPEZIA");
    }

    @Test
    void aSaintsNameWrittenShortIsOneTown() {
        Map<String, String> written = Map.of("St. Albans", "St. Albans", "St Andrews", "St Andrews",
                "St. Ives", "St. Ives", "Ste-Maxime", "Ste-Maxime", "Ste. Maxime", "Ste. Maxime", "Sankt Gallen",
                "Sankt Gallen", "St. Gallen", "St. Gallen");
        written.forEach((town, place) -> assertThat(infer("Guesting in " + town + " 12 March – 14 March! A few slots left"))
                .as(town).containsExactly("guest-spot 2027-03-12..2027-03-14 @" + place));
        assertThat(infer("St. Albans guest spot 12-14 March")).containsExactly("guest-spot 2027-03-12..2027-03-14 @St. Albans");
        // a street's "St." after its name still ends a sentence
        assertThat(Sentences.of("Find us at 12 Market St. Guest spot in Leeds next")).hasSize(2);
    }

    @Test
    void aNameJoinedByALowerCaseWordIsOneTown() {
        for (String town : List.of("Monaco di Baviera", "Stratford-upon-Avon", "Newcastle upon Tyne",
                "Castellón de la Plana", "Reggio di Calabria")) {
            assertThat(infer("Guest spot in " + town + " 12 March – 14 March, DM to book")).as(town)
                    .containsExactly("guest-spot 2027-03-12..2027-03-14 @" + town);
        }
        // "am" joins no name ("in Berlin am Wochenende" is when), so "Frankfurt am Main" is read as the town it is in
        assertThat(infer("Guest spot in Frankfurt am Main 12 March – 14 March")).containsExactly(
                "guest-spot 2027-03-12..2027-03-14 @Frankfurt");
    }
}

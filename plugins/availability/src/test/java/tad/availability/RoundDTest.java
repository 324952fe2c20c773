package tad.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What round D reads whole or withholds (docs/availability.md, "Round D"): an end named in words after "until" that
 * the reader does not read, a week named by one of its days, an event said to be off or kept for later, a contraction
 * or a studio word in the place's position, a time word
 * written one letter off. Sentences written here for the tests, not taken from any labelled set.
 */
class RoundDTest {

    // a Monday
    private static final LocalDate WRITTEN = LocalDate.of(2027, 3, 1);

    private static List<String> infer(String text) {
        return StatementsAsText.of(text, WRITTEN);
    }

    @Test
    void anEndNamedInWordsIsAPeriodStatedSoTheStatementIsWithheld() {
        assertThat(infer("Books closed till bonfire night, thanks all")).isEmpty();
        // the end of the year is read since round F (RoundFTest): "bis Jahresende", "hasta fin de año"
        assertThat(infer("Agenda piena fino a fine stagione, grazie")).isEmpty();
    }

    @Test
    void anUntilThatNamesNoEndKeepsTheStatementWithoutDays() {
        assertThat(infer("Books closed until further notice, thanks for understanding"))
                .containsExactly("books-closed ..");
        assertThat(infer("Books closed till we're back from the road")).containsExactly("books-closed ..");
        assertThat(infer("Books full until spring, waitlist by email")).containsExactly("books-closed ..");
    }

    @Test
    void aWeekNamedByOneOfItsDaysIsNotThatDay() {
        assertThat(infer("Guest spot in Derby w/c 12th April, DM to book")).isEmpty();
        assertThat(infer("Guest spot in Lyon la semaine du 12 avril, écrivez-moi")).isEmpty();
    }

    @Test
    void anEventSaidToBeOffHoldsNothing() {
        assertThat(infer("Sad news, the Derby guest spot is off, refunds sent")).isEmpty();
        assertThat(infer("Le guest à Lyon n'aura pas lieu, désolée")).isEmpty();
        assertThat(infer("Das Gastspiel in Graz findet leider nicht statt")).isEmpty();
        // travelling "off to" a town calls nothing off
        assertThat(infer("I'm off to Derby for a guest spot 12-14 March, DM me"))
                .containsExactly("guest-spot 2027-03-12..2027-03-14 @Derby");
    }

    @Test
    void workKeptForALaterEventIsAPlanNotTheEvent() {
        assertThat(infer("The small ones I'm saving them for a flash day")).isEmpty();
        assertThat(infer("Los pequeños los guardo para un flash day")).isEmpty();
    }

    @Test
    void aContractionIsNoTownAndAStudioWordInAnyLanguageGivesWayToTheTown() {
        assertThat(infer("Derby!! We're guesting at Moth Ink 12-14 March, send ideas"))
                .noneMatch(s -> s.contains("@We're"));
        assertThat(infer("Estarei como guest no Estúdio Lua em Porto de 12 a 14 de março"))
                .containsExactly("guest-spot 2027-03-12..2027-03-14 @Porto");
    }

    @Test
    void aTimeWordOneLetterOffIsAnUnreadDay() {
        assertThat(infer("Guest spot in Derby this wekend!! few gaps left")).isEmpty();
        assertThat(infer("Flash day tomorow at the studio, walk ins only")).isEmpty();
        assertThat(infer("Gastspiel in Graz am Wochenene, schreibt mir")).isEmpty();
        // words one letter from no time word leave the statement as it was
        assertThat(infer("Guest spot in Derby, few gaps left, weekday evenings only"))
                .containsExactly("guest-spot .. @Derby");
    }

    @Test
    void anArrowJoinsARunOfDays() {
        assertThat(infer("Guest spot in Derby 12th→14th March, DM me"))
                .containsExactly("guest-spot 2027-03-12..2027-03-14 @Derby");
    }
}

package tad.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The caption forms captions-heldout-3 failed on at its one run (docs/benchmarks.md, "caption forms"), one test per
 * class, each on sentences written here for the test and not taken from the set.
 */
class CaptionFormsTest {

    // a Monday
    private static final LocalDate WRITTEN = LocalDate.of(2027, 3, 1);

    private static List<String> infer(String text) {
        return StatementsAsText.of(text, WRITTEN);
    }

    @Test
    void aShortEuropeanDayAndMonthWinsOverTheWeekdayBeforeIt() {
        assertThat(infer("Flash Tag am Sonntag, 14.3.! Ab 11 Uhr")).containsExactly("flash 2027-03-14..2027-03-14");
        // a weekday that does not fit the date is a hint, not the date
        assertThat(infer("Flash Tag am Freitag, 14.3.! Ab 11 Uhr")).containsExactly("flash 2027-03-14..2027-03-14");
    }

    @Test
    void aShortWeekdayWithAnOrdinalDayIsTheNextDayOfThatNumberOnThatWeekday() {
        assertThat(infer("Sun 14th flash day, minis from £40")).containsExactly("flash 2027-03-14..2027-03-14");
        assertThat(infer("Flash day Mon 14th, walk ins from noon")).containsExactly("flash 2027-06-14..2027-06-14");
        // without the ordinal a short weekday is no date, and the day it names is not read: nothing is stated
        // (UnreadDaysTest)
        assertThat(infer("Flash day sat 14, walk ins")).isEmpty();
    }

    @Test
    void aPronounOrOtherFunctionWordIsNeverAPlace() {
        assertThat(infer("Je serai au salon du tatouage de Nantes les 20 et 21 mars"))
                .containsExactly("guest-spot 2027-03-20..2027-03-21 @Nantes");
        assertThat(infer("Io sarò alla convention di Torino il 3 aprile"))
                .containsExactly("guest-spot 2027-04-03..2027-04-03 @Torino");
    }

    @Test
    void aMonthWrittenWithTheBooksIsTheirPeriod() {
        assertThat(infer("Dezember-Termine sind offen!")).containsExactly("books-open 2027-12-01..2027-12-31");
        assertThat(infer("Apriltermine sind frei, schreibt mir")).containsExactly("books-open 2027-04-01..2027-04-30");
        assertThat(infer("Agenda de junho aberta!")).containsExactly("books-open 2027-06-01..2027-06-30");
        assertThat(infer("Agenda di luglio aperta, scrivetemi")).containsExactly("books-open 2027-07-01..2027-07-31");
    }

    @Test
    void aGuestSpotIsReadInTheFormsOfEachLanguage() {
        assertThat(infer("¡Estaremos en Valencia del 10 al 12 de junio!"))
                .containsExactly("guest-spot 2027-06-10..2027-06-12 @Valencia");
        assertThat(infer("Sarò ospite a Torino dal 6 all'8 aprile"))
                .containsExactly("guest-spot 2027-04-06..2027-04-08 @Torino");
        assertThat(infer("Vou estar em Braga de 2 a 4 de abril como guest"))
                .containsExactly("guest-spot 2027-04-02..2027-04-04 @Braga");
        assertThat(infer("Gastspiel in Leipzig vom 5.–7.4. bei Freunden"))
                .containsExactly("guest-spot 2027-04-05..2027-04-07 @Leipzig");
        assertThat(infer("Gastspot in Gent 3 en 4 mei")).containsExactly("guest-spot 2027-05-03..2027-05-04 @Gent");
        assertThat(infer("Big show for us: find me at booth 7 at the Tattoo Expo Dublin on 12–13 June"))
                .containsExactly("guest-spot 2027-06-12..2027-06-13 @Dublin");
        // being somewhere counts only with its days, and only in a town
        assertThat(infer("Estaré en Valencia pronto")).isEmpty();
        assertThat(infer("Estaré en la tienda del 10 al 12 de junio")).isEmpty();
    }

    @Test
    void booksClosedUntilAMonthOrItsEnd() {
        assertThat(infer("Meine Termine sind bis Ende Mai geschlossen")).containsExactly("books-closed ..2027-05-31");
        assertThat(infer("Mes réservations sont fermées jusqu'à juin")).containsExactly("books-closed ..2027-05-31");
        assertThat(infer("Ik ben volgeboekt, sorry")).containsExactly("books-closed ..");
    }

    @Test
    void flashOnOfferNowInOtherLanguages() {
        assertThat(infer("Encore quelques flashs dispo, DM")).containsExactly("flash ..");
        assertThat(infer("Neue Flash online, schreibt mir")).containsExactly("flash ..");
        assertThat(infer("Nieuwe flash, alles nog vrij")).containsExactly("flash ..");
        assertThat(infer("Flash non disponibili al momento")).isEmpty();
    }
}

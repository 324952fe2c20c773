package tad.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A statement whose words hold days the reader could not read is withheld rather than printed without them, and the
 * day forms the blind caption sets left unread (docs/benchmarks.md, "unread days"). Sentences written here for the
 * tests, not taken from any set.
 */
class UnreadDaysTest {

    // a Monday
    private static final LocalDate WRITTEN = LocalDate.of(2027, 3, 1);

    private static List<String> infer(String text) {
        return StatementsAsText.of(text, WRITTEN);
    }

    @Test
    void aStatementWithDaysItCannotReadIsWithheld() {
        assertThat(infer("Books open around the 3rd week of term, keep an eye out")).isEmpty();
        assertThat(infer("Flash day sat 14, walk ins")).isEmpty();
        // the cue alone on its line takes its words from the next one, unread days included
        assertThat(infer("Guest spot!\nLeeds, second half of the 3rd")).isEmpty();
    }

    @Test
    void aStatementWithNoDateLikeWordsIsKeptWithoutDays() {
        assertThat(infer("Books open! DM me")).containsExactly("books-open ..");
        assertThat(infer("flash sheets available, £60 each")).containsExactly("flash ..");
        // a holiday named as a theme names no days (a year alone withholds the books: RoundCTest)
        assertThat(infer("Some flash left from the Halloween sheet")).containsExactly("flash ..");
    }

    @Test
    void aStatementWhoseDaysAreReadKeepsThem() {
        assertThat(infer("Guesting in Leeds 12-14 March")).containsExactly("guest-spot 2027-03-12..2027-03-14 @Leeds");
    }

    @Test
    void booksOpenFromADayHaveNoEnd() {
        assertThat(infer("Books open from 14 Sept")).containsExactly("books-open 2027-09-14..");
        assertThat(infer("Books open from 14/09, small pieces only")).containsExactly("books-open 2027-09-14..");
        assertThat(infer("Termine frei ab 14.9., schreibt mir")).containsExactly("books-open 2027-09-14..");
    }

    @Test
    void afterEasterIsFromEasterMonday() {
        // Easter Sunday 2027 is the 28th of March
        assertThat(infer("books reopen after Easter, watch my stories")).containsExactly("books-open 2027-03-29..");
        assertThat(infer("Termine wieder frei nach Ostern")).containsExactly("books-open 2027-03-29..");
        assertThat(Easter.sunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(Easter.sunday(2030)).isEqualTo(LocalDate.of(2030, 4, 21));
    }

    @Test
    void aShortWeekdayBeforeAnOrdinalDayAndMonthIsThatDate() {
        assertThat(infer("flash day Mon 4th Oct, walk ins all day")).containsExactly("flash 2027-10-04..2027-10-04");
        assertThat(infer("Flash day Sat. 9th Oct!")).containsExactly("flash 2027-10-09..2027-10-09");
    }

    @Test
    void aMonthRangeIsFromTheFirstMonthToTheEndOfTheLast() {
        LocalDate december = LocalDate.of(2026, 12, 1);
        assertThat(StatementsAsText.of("books open Jan–Mar, email only", december))
                .containsExactly("books-open 2027-01-01..2027-03-31");
        assertThat(StatementsAsText.of("Books open Jan-March", december))
                .containsExactly("books-open 2027-01-01..2027-03-31");
    }

    @Test
    void aTourIsOneGuestSpotPerTownWithItsDays() {
        assertThat(infer("Summer tour: Berlin 1–3 July, Amsterdam 5–7, Paris 10–12. DM for slots")).containsExactly(
                "guest-spot 2027-07-01..2027-07-03 @Berlin", "guest-spot 2027-07-05..2027-07-07 @Amsterdam",
                "guest-spot 2027-07-10..2027-07-12 @Paris");
        assertThat(infer("Guest spots 🚐\nBristol 18-19/05 / Cardiff 21-22/05")).containsExactly(
                "guest-spot 2027-05-18..2027-05-19 @Bristol", "guest-spot 2027-05-21..2027-05-22 @Cardiff");
        // one town is no tour; and towns with days in a text that neither tours nor guests are not guest spots
        assertThat(infer("Flash day in Leeds 12-13 March, Bradford 20-21 March")).noneMatch(s -> s.startsWith("guest"));
    }
}

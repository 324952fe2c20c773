package tad.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the days round withholds (docs/availability.md, "Days round"): a statement must carry the period its own words
 * state, or be withheld; each class by a general mechanism ({@link TimeWords}, {@code called-off} of cues.txt), with
 * a sentence of the same shape that still counts beside it. Sentences written here for the tests, not taken from any
 * labelled set.
 */
class DaysRoundTest {

    // a Monday
    private static final LocalDate WRITTEN = LocalDate.of(2027, 3, 1);

    private static List<String> infer(String text) {
        return StatementsAsText.of(text, WRITTEN);
    }

    @Test
    void aStatementWithoutDaysWhoseWordsNameATimeIsWithheld() {
        assertThat(infer("Flash day this sun 🌸 walk ins from 12")).isEmpty();
        assertThat(infer("prepping for tmrw's flash day, see u there")).isEmpty();
        // "until the new year", "for the rest of 2027" are read since round F (RoundFTest)
        assertThat(infer("Este finde estaré en la convención de Sevilla, stand 12")).isEmpty();
        assertThat(infer("2 weeks till Leeds, last spots for my guest spot in Leeds")).isEmpty();
        assertThat(infer("Flash day w przyszłym tygodniu, wzory po 300 zł")).isEmpty();
        assertThat(infer("Flash day dopodomani, dalle 12")).isEmpty();
        // without a time in its words the statement stands
        assertThat(infer("Books are closed, thank you all x")).containsExactly("books-closed ..");
        assertThat(infer("Flash still available from last week's post, 2 left")).containsExactly("flash ..");
    }

    @Test
    void aCueStandingAloneAmongEmojiTakesOrWithholdsTheNextLinesDays() {
        assertThat(infer("BOOKS OPEN 🌿✨\nmid-June open for custom work")).isEmpty();
        assertThat(infer("BOOKS OPEN 🌿✨\nJune–July\nform in bio")).containsExactly("books-open 2027-06-01..2027-07-31");
    }

    @Test
    void aHashtagWithoutDaysIsWithheldWhenTheTextNamesATime() {
        assertThat(infer("Kalender für Juli & August, Anfragen übers Formular. #booksopen")).isEmpty();
        assertThat(infer("Anfragen übers Formular, danke! #booksopen")).containsExactly("books-open ..");
    }

    @Test
    void aRangeReadAtOneEndIsWithheld() {
        assertThat(infer("Guesting in York Fri-Sun next week, a few slots left")).isEmpty();
        // nor is its first day lent to flash in the sentence after
        assertThat(infer("york THIS WEEK!! friday to sunday at Amber Moth. two flash pieces still up for grabs"))
                .doesNotContain("flash 2027-03-05..2027-03-05");
        // Dutch "t/m" (tot en met) is a range word: the whole run is read
        assertThat(infer("Gastspot in Utrecht van 8 t/m 10 april, stuur een DM"))
                .containsExactly("guest-spot 2027-04-08..2027-04-10 @Utrecht");
    }

    @Test
    void booksOpeningOnADayForLongerMonthsAreWithheld() {
        assertThat(infer("Books open this Thursday at 7pm for May & June")).isEmpty();
        assertThat(infer("May and June books open Thursday 4th, 7pm.")).isEmpty();
        assertThat(infer("Books open for May & June")).containsExactly("books-open 2027-05-01..2027-06-30");
    }

    @Test
    void aBusinessNameAfterAtIsNoTownAndAStudioAfterInGivesWayToTheTown() {
        assertThat(infer("York! Guesting at Amber Moth 12-14 March, DM me")).isEmpty();
        assertThat(infer("Guesting at Fern & Fable 12-14 March, few slots")).isEmpty();
        assertThat(infer("vou estar de guest no Lobo Azul Tattoo em Lisboa de 12 a 14 de março"))
                .containsExactly("guest-spot 2027-03-12..2027-03-14 @Lisboa");
        // a town after "at" in one word still counts, and a town after "in" beside a studio
        assertThat(infer("Guesting at Whitby 12-14 March")).containsExactly("guest-spot 2027-03-12..2027-03-14 @Whitby");
        assertThat(infer("Guesting at Amber Moth in York 12-14 March"))
                .containsExactly("guest-spot 2027-03-12..2027-03-14 @York");
    }

    @Test
    void slotsInATextWithAGuestSpotOrFlashEventAreTheEventsNotTheBooks() {
        assertThat(infer("Guest spot in York 12-13 March. fully booked already, sorry"))
                .containsExactly("guest-spot 2027-03-12..2027-03-13 @York");
        assertThat(infer("Flash Day am Samstag, 6.3.! Keine Termine, einfach vorbeikommen."))
                .containsExactly("flash 2027-03-06..2027-03-06");
        // a guest spot the text tells of, even one withheld itself, owns the slots
        assertThat(infer("Last guest spot of the year ✌️ York, Fri 12th March. fully booked already"))
                .doesNotContain("books-closed ..");
        // the books named as such still count beside the event
        assertThat(infer("Guesting in York 12-14 March. Books are closed though")).contains("books-closed ..");
    }

    @Test
    void aDateInsideAHashtagDatesNothing() {
        // "#friday13" is no Friday: the tag's flash day has no day and is withheld, the words' day stands
        assertThat(infer("Flash day sabato 13 marzo, dalle 12. #friday13 #flashday"))
                .containsExactly("flash 2027-03-13..2027-03-13");
        assertThat(infer("New sheet out #saturday #flashday")).isEmpty();
    }

    @Test
    void aWeekdayReadBesideAnotherDayNumberIsWithheld() {
        // the next Saturday is the 6th: "dia 13" is another day, read in part
        assertThat(infer("Flash day sábado dia 13, das 11h às 19h")).isEmpty();
        assertThat(infer("Flash day Saturday the 20th, walk ins")).isEmpty();
        // an hour after the weekday is no day
        assertThat(infer("Flash day Saturday 12-6, walk ins")).containsExactly("flash 2027-03-06..2027-03-06");
    }

    @Test
    void aGuestSpotsDaysOpeningTheNextSentenceAreItsOwn() {
        assertThat(infer("¡Me voy de guest a Sevilla! Del 8 al 10 de abril en Estudio Lince."))
                .containsExactly("guest-spot 2027-04-08..2027-04-10 @Sevilla");
        // a date after words of its own in the next sentence is not lent
        assertThat(infer("Guest spot in Sevilla! My birthday is on 8 April")).containsExactly("guest-spot .. @Sevilla");
    }

    @Test
    void aSingleDayFullyBookedIsAnEventsNotTheBooks() {
        assertThat(infer("this week!! york is fully booked, see u thursday")).isEmpty();
        assertThat(infer("Books are closed from Thursday 4th")).containsExactly("books-closed 2027-03-04..");
    }

    @Test
    void whatOnlyHappensWhenTheWriterDoesSomethingIsNoStatement() {
        assertThat(infer("off from May, I'll post when im taking bookings again")).isEmpty();
        assertThat(infer("Ich melde mich, wenn ich wieder Termine frei habe")).isEmpty();
        assertThat(infer("Je posterai quand je reprendrai les réservations")).isEmpty();
        // "once again" is no condition
        assertThat(infer("Books are open once again!")).containsExactly("books-open ..");
    }

    @Test
    void anEventCalledOffStatesNothing() {
        assertThat(infer("So sorry, I had to cancel my guest spot in Leeds 12-14 March")).isEmpty();
        assertThat(infer("Leider ist der Flash Day am Samstag, 6.3. abgesagt")).isEmpty();
        assertThat(infer("Helaas gaat mijn gastspot in Gent van 8 t/m 10 april niet door")).isEmpty();
        assertThat(infer("Mi guest en Sevilla del 8 al 10 de abril está cancelado")).isEmpty();
        // a cancellation list is no cancellation
        assertThat(infer("Guest spot in Leeds 12-14 March, fully booked but join the cancellation list"))
                .contains("guest-spot 2027-03-12..2027-03-14 @Leeds");
    }
}

package tad.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the precision-first round withholds (docs/availability.md, "What is withheld"): each class by a general
 * mechanism, in the languages the enricher reads, with a sentence of the same shape that still counts beside it.
 * Sentences written here for the tests, not taken from any labelled set.
 */
class PrecisionFirstTest {

    // a Monday
    private static final LocalDate WRITTEN = LocalDate.of(2027, 3, 1);

    private static List<String> infer(String text) {
        return StatementsAsText.of(text, WRITTEN);
    }

    @Test
    void aQuestionStatesNothingWhateverItAsks() {
        assertThat(infer("Would you rather have a flash day on Saturday or a flash sale next month?")).isEmpty();
        assertThat(infer("Guest spot in Bristol 12-14 March, who'd be up for it?")).isEmpty();
        assertThat(infer("Books open for April?")).isEmpty();
        // the answer in its own sentence still counts
        assertThat(infer("Flash day Saturday 6th March! Who's coming?")).containsExactly("flash 2027-03-06..2027-03-06");
    }

    @Test
    void aTimeGoneByInItsSentenceWithholdsTheStatement() {
        assertThat(infer("Guesting in Bristol last month was the best, can't wait to come back")).isEmpty();
        assertThat(infer("Letzte Woche Gastspiel in Köln, danke an alle")).isEmpty();
        assertThat(infer("Flash day le mois dernier chez Encre Noire, merci")).isEmpty();
        assertThat(infer("Flash day la semana pasada, gracias a todos")).isEmpty();
        assertThat(infer("Guest spot a Bologna tre settimane fa, il mese scorso")).isEmpty();
        // an event said to be over
        assertThat(infer("Can't believe the guest spot in Bristol is already over, thank you 12-14 Feb")).isEmpty();
        assertThat(infer("Der Flash Day ist leider vorbei, danke an alle")).isEmpty();
        // the last weekend of a month is its final one, not one gone by
        assertThat(infer("Guesting in Bristol last weekend, so much fun")).isEmpty();
        // a thing from then is no time: the flash is still on offer
        assertThat(infer("A few flash pieces still available from last week's drop")).containsExactly("flash ..");
    }

    @Test
    void anEventOnADayJustGoneReadAsNextYearsIsWithheldUnlessTheYearIsWritten() {
        assertThat(infer("Guest spot in Bristol 12-14 Feb, such good vibes")).isEmpty();
        assertThat(infer("Guest spot in Bristol 12-14 Feb 2028")).containsExactly(
                "guest-spot 2028-02-12..2028-02-14 @Bristol");
        assertThat(infer("Guest spot in Tokyo 12-14 October")).containsExactly(
                "guest-spot 2027-10-12..2027-10-14 @Tokyo");
    }

    @Test
    void anUndatedEventToldWithPastWordsIsGoneByWhateverItHopesNext() {
        assertThat(infer("Had such a blast guesting in Bristol, can't wait to come back")).isEmpty();
        assertThat(infer("Guesting in Bristol 12-14 March, DM to book")).containsExactly(
                "guest-spot 2027-03-12..2027-03-14 @Bristol");
    }

    @Test
    void thanksToThoseWhoCameLookBackInEveryLanguage() {
        assertThat(infer("Danke an alle, die zum Flash Day am Samstag gekommen sind")).isEmpty();
        assertThat(infer("Merci à tous ceux qui sont venus au flash day samedi")).isEmpty();
        assertThat(infer("Gracias a todos los que vinisteis al flash day del sábado 6 de marzo")).isEmpty();
        assertThat(infer("Grazie a tutti quelli che sono venuti al flash day di sabato")).isEmpty();
        assertThat(infer("Obrigado a todos que vieram ao flash day no sábado")).isEmpty();
        assertThat(infer("Was für ein Gastspiel in Berlin vom 12. bis 14. März")).isEmpty();
        assertThat(infer("Flash Day am Samstag, 6.3., ab 12 Uhr")).containsExactly("flash 2027-03-06..2027-03-06");
    }

    @Test
    void aConditionAWishOrAMaybeBeforeTheWordsWithholdsThem() {
        assertThat(infer("If you'd like me to come to Bristol for a guest spot in May, let me know")).isEmpty();
        assertThat(infer("Would love to be guesting in Lisbon 3-5 June")).isEmpty();
        assertThat(infer("Maybe a flash day on Saturday 6th March, we'll see")).isEmpty();
        assertThat(infer("Ich würde gerne mal einen Gastspot in Wien machen, 3.-5.6.")).isEmpty();
        assertThat(infer("J'aimerais venir en guest à Lyon du 3 au 5 juin")).isEmpty();
        assertThat(infer("Me encantaría estar de guest en Madrid del 3 al 5 de junio")).isEmpty();
        assertThat(infer("Mi piacerebbe venire in guest a Bologna dal 3 al 5 giugno")).isEmpty();
        // a plan only thought of, or said to be unconfirmed
        assertThat(infer("Thinking about doing a flash day on Saturday 13th")).isEmpty();
        assertThat(infer("Tentative guest spot Berlin 12-14 March")).isEmpty();
        assertThat(infer("Guesting in Bristol 12-14 March, not confirmed yet")).isEmpty();
        // dates to be confirmed: the month it gives still holds
        assertThat(infer("Guesting in Bristol next month, dates TBC")).containsExactly(
                "guest-spot 2027-04-01..2027-04-30 @Bristol");
        // a wish for the reader's visit is an invitation: the event stands
        assertThat(infer("Hope to see you at the flash day Saturday 6th March")).containsExactly(
                "flash 2027-03-06..2027-03-06");
        assertThat(infer("J'espère vous voir au flash day samedi 6 mars")).containsExactly("flash 2027-03-06..2027-03-06");
        assertThat(infer("Espero veros en el flash day del sábado 6 de marzo")).containsExactly(
                "flash 2027-03-06..2027-03-06");
        // a condition after the words is about booking, not about the statement
        assertThat(infer("Flash day Saturday 6th March, if you want a slot DM me"))
                .containsExactly("flash 2027-03-06..2027-03-06");
    }

    @Test
    void aGuestSpotNeedsAPlaceAndTheWriterAsItsSubject() {
        assertThat(infer("[name] is guesting at Blue Ink in Bristol 12-14 March")).isEmpty();
        assertThat(infer("Big welcome to @jo.tattoo who's guesting in Bristol 12-14 March, book her!")).isEmpty();
        assertThat(infer("My friend [handle] is here next week guesting, go book her")).isEmpty();
        assertThat(infer("Tenemos a [name] de guest este fin de semana, ¡escribidle!")).isEmpty();
        // of any kind, someone the writer points the reader to
        assertThat(infer("Shoutout to [handle] who has a flash day at Ink Lab Saturday 6th")).isEmpty();
        assertThat(infer("Go check out [name]'s flash day this Saturday!")).isEmpty();
        assertThat(infer("My friend [handle] has books open for April")).isEmpty();
        // a studio telling of its own artist still states it
        assertThat(infer("[name] is now accepting consultations for April")).containsExactly(
                "books-open 2027-04-01..2027-04-30");
        // no place: the writer's own studio is none ("here at the studio next week")
        assertThat(infer("Guest spot next weekend, DM to book")).isEmpty();
        assertThat(infer("Guesting in Bristol 12-14 March")).containsExactly("guest-spot 2027-03-12..2027-03-14 @Bristol");
    }

    @Test
    void daysBesideUnreadOnesAreWithheldUnlessTheyAgree() {
        // the weekday read, the numeric date beside it not: which day is meant is unknown
        assertThat(infer("FLASH DAY el sábado 12/04 en el estudio")).isEmpty();
        // "until" before a day read as that day, not as its end
        assertThat(infer("Je suis en guest à Lyon jusqu'à samedi")).isEmpty();
        assertThat(infer("Books closed till the 15th of March")).isEmpty();
        assertThat(infer("Books closed until April")).containsExactly("books-closed ..2027-03-31");
        // a part of a month before it: the month is read whole, the statement read in part
        assertThat(infer("Guesting in Bristol the last weekend of March, DM me")).isEmpty();
        assertThat(infer("Books open for early April")).isEmpty();
        assertThat(infer("Flash Day Anfang Mai in Köln")).isEmpty();
        assertThat(infer("Books open for April")).containsExactly("books-open 2027-04-01..2027-04-30");
        assertThat(infer("Books closed for the rest of March")).isEmpty();
        // the end of a range left unread after a range word
        assertThat(infer("Guesting at @blacksheep in Amsterdam from 3/3 to 5/3")).isEmpty();
        // a bare first day joined to a read date by a list or range word: the run was read from a later day
        assertThat(infer("Guest spot em Lisboa nos dias 12, 13 e 14 de março")).isEmpty();
        assertThat(infer("Guest à Lyon les 12, 13 et 14 mars")).isEmpty();
        // ... and the Dutch range word is read
        assertThat(infer("Gastspot in Antwerpen van 12 tot 14 maart")).containsExactly(
                "guest-spot 2027-03-12..2027-03-14 @Antwerpen");
        // hours after a date are no day
        assertThat(infer("Flash day sabato 13 marzo dalle 11 alle 19")).containsExactly("flash 2027-03-13..2027-03-13");
        // the weekend read, its weekdays and hours beside it agree with it
        assertThat(infer("Flash day this weekend, Sat & Sun 11–5")).containsExactly("flash 2027-03-06..2027-03-07");
    }

    @Test
    void aWeekReadWhereTheTextNamesItsDaysIsWithheld() {
        assertThat(infer("Guesting in Bristol next week! At Ink Lab, Wednesday to Friday")).isEmpty();
        // ... in the same sentence too: a weekday beside a week narrows it
        assertThat(infer("Guest spot in Bristol next week, Wednesday to Friday")).isEmpty();
        assertThat(infer("Guesting in Bristol next week, DM me")).containsExactly(
                "guest-spot 2027-03-08..2027-03-14 @Bristol");
    }

    @Test
    void freeSlotsBesideAGuestSpotAreTheGuestSpotsNotTheBooks() {
        assertThat(infer("Gastspiel in Hamburg vom 14. bis 16. März, noch 2 Termine frei")).containsExactly(
                "guest-spot 2027-03-14..2027-03-16 @Hamburg");
        assertThat(infer("Termine frei ab 14.9., schreibt mir")).containsExactly("books-open 2027-09-14..");
    }

    @Test
    void aDateAfterAnotherStatementsWordsIsNotLentToAStatementAroundIt() {
        assertThat(infer("Books: CLOSED | Guest spots: Bristol 12-14 March")).containsExactly("books-closed ..",
                "guest-spot 2027-03-12..2027-03-14 @Bristol");
        assertThat(infer("New flash sheet! Available at my Bristol guest spot 12-14 March")).containsExactly("flash ..",
                "guest-spot 2027-03-12..2027-03-14 @Bristol");
        // a date before the next statement's words is still lent to the cue standing alone
        assertThat(infer("Guest spot! Bristol 12-14 March, books open for it now")).contains(
                "guest-spot 2027-03-12..2027-03-14 @Bristol");
    }

    @Test
    void aWeekendTravelledInIsTheGuestSpotsNotATravelDay() {
        assertThat(infer("Heading to Bristol next weekend for a guest spot at Ink Lab, few spots left"))
                .containsExactly("guest-spot 2027-03-13..2027-03-14 @Bristol");
    }

    @Test
    void aDateBetweenTwoStatementsIsTheFirstOnes() {
        assertThat(infer("Guesting in Bristol 12-14 March, flash available too")).containsExactly(
                "flash ..", "guest-spot 2027-03-12..2027-03-14 @Bristol");
    }

    @Test
    void otherDaysInAnEventsPartOfItsSentenceWithholdItUnlessTheyHoldItsDays() {
        assertThat(infer("Guesting in Bristol from Thursday to Saturday")).isEmpty();
        assertThat(infer("Flash day Saturday 13th & Sunday 14th")).isEmpty();
        // a coarser period holding the days only names them twice
        assertThat(infer("Heading to Bristol next month, guest spot 10–13 April")).containsExactly(
                "guest-spot 2027-04-10..2027-04-13 @Bristol");
    }

    @Test
    void daysTheReaderDoesNotReadWithholdAStatementWithoutDays() {
        assertThat(infer("Guesting in Bristol Thu-Sat")).isEmpty();
        assertThat(infer("Guest spot in Bristol next Fri–Sun")).isEmpty();
        assertThat(infer("Guesting in Bristol over the Easter weekend")).isEmpty();
        assertThat(infer("Guesting in Bristol in two weeks")).isEmpty();
        assertThat(infer("Gastspot in Köln in zwei Wochen")).isEmpty();
        assertThat(infer("Guesting in Bristol the weekend after next")).isEmpty();
        assertThat(infer("Guesting in Bristol soon, DM me")).containsExactly("guest-spot .. @Bristol");
    }

    @Test
    void booksFromAMonthOpenOnItsFirstDayWithoutEnd() {
        assertThat(infer("Books open from May")).containsExactly("books-open 2027-05-01..");
        assertThat(infer("Termine frei ab Mai")).containsExactly("books-open 2027-05-01..");
        assertThat(infer("Books open for May")).containsExactly("books-open 2027-05-01..2027-05-31");
        assertThat(infer("Books open from May to July")).containsExactly("books-open 2027-05-01..2027-07-31");
    }

    @Test
    void anEventTaggedOnlyIsNoAnnouncement() {
        assertThat(infer("Fresh one 🖤 #flashday #blackwork")).isEmpty();
        assertThat(infer("Flash day Saturday 6th March #flashday")).containsExactly("flash 2027-03-06..2027-03-06");
    }

    @Test
    void aBulletEndsAPartOfABioLine() {
        assertThat(infer("Fineline ✦ Bristol ✦ Lisbon 12–16 May ✦ books open")).containsExactly("books-open ..");
        assertThat(infer("Fineline / Bristol / Lisbon 12–16 May / books open")).containsExactly("books-open ..");
    }

    @Test
    void aPartThatIsOnlyADateIsTheDaysOfTheStatementBeforeIt() {
        assertThat(infer("2027 BOOKS OPEN NOW!! / May–June / email only")).containsExactly(
                "books-open 2027-05-01..2027-06-30");
        assertThat(infer("Books open now, email me\nMay–June")).containsExactly("books-open 2027-05-01..2027-06-30");
    }

    @Test
    void aDayNamedInALanguageTheReaderDoesNotReadWithholdsTheStatement() {
        // month and weekday names from the JDK's CLDR data: Polish (inflected) and Dutch
        assertThat(infer("Flash day w sobotę! Wzory po 300 zł")).isEmpty();
        assertThat(infer("Flash day op zaterdag, vanaf 12 uur")).isEmpty();
        assertThat(infer("Flash day! Wzory po 300 zł")).containsExactly("flash ..");
    }
}

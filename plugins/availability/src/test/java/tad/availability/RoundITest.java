package tad.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round I (docs/availability.md, "Round I"): the enricher aligned with LABELLING-RULE-CAPTIONS-51 (decisions 18–25)
 * and the classes that failed on the held-out runs of -39..-50, each in the languages the enricher reads. Sentences
 * written here for the tests, not taken from any labelled set.
 */
class RoundITest {

    // a Monday
    private static final LocalDate WRITTEN = LocalDate.of(2027, 3, 1);

    private static List<String> infer(String text) {
        return StatementsAsText.of(text, WRITTEN);
    }

    @Test
    void booksReopenedForNamedMonthsAreOpenOverThem() {
        // decision 21: the months are the period booked, not the day the form opens
        assertThat(infer("Reopening my books for May and June this Thursday at 7pm"))
                .containsExactly("books-open 2027-05-01..2027-06-30");
        assertThat(infer("Riapro le prenotazioni per maggio giovedì")).containsExactly("books-open 2027-05-01..2027-05-31");
        // reopening IN a month is still closed until then (decision 6)
        assertThat(infer("Books reopen in May")).containsExactly("books-closed ..2027-04-30");
    }

    @Test
    void aMonthThatOpensIsItsBooks() {
        // decision 21: "April books open Friday", said of the month itself, in the eight languages
        for (String text : List.of("May opens on the 15th of April, same form as always", "Maggio apre il 15 aprile",
                "Mayo se abre el 15 de abril", "Maio abre dia 15 de abril", "maj otwieram 15 kwietnia")) {
            assertThat(infer(text)).as(text).containsExactly("books-open 2027-05-01..2027-05-31");
        }
        // a month that opens only "when" or "soon" does not open yet; a studio that opens is no month's books
        assertThat(infer("May opens when it opens, watch this space")).isEmpty();
        assertThat(infer("Mai s'ouvre bientôt")).isEmpty();
        assertThat(infer("Lo studio apre il 15 aprile")).isEmpty();
        assertThat(infer("Our new shop in May opens its doors")).isEmpty();
    }

    @Test
    void datesReleasedAreNoStatement() {
        for (String text : List.of("May dates drop on the 1st, set an alarm", "Mai-Termine gehen am Sonntag online",
                "June appointments released on Friday")) {
            assertThat(infer(text)).as(text).isEmpty();
        }
    }

    @Test
    void openingsInANamedPeriodAreBooksOpenForIt() {
        // decision 22, in the languages the enricher reads months in
        for (String text : List.of("[name] has openings in April, message the shop", "I have availability in April!",
                "Tengo huecos en abril, escríbeme", "[name] heeft in april nog plek",
                "Ainda tenho vagas em abril")) {
            assertThat(infer(text)).as(text).containsExactly("books-open 2027-04-01..2027-04-30");
        }
        assertThat(infer("Ho ancora disponibilità a maggio")).containsExactly("books-open 2027-05-01..2027-05-31");
        // spots left or last free dates are no statement; free dates with a date the reader cannot read are withheld
        for (String text : List.of("Few spots left in April", "Last free slots in April, be quick",
                "Ostatnie wolne terminy w kwietniu", "Po urlopie wolne terminy od 15.07!")) {
            assertThat(infer(text)).as(text).isEmpty();
        }
    }

    @Test
    void theDayOnTheTripIsTheDayOfWriting() {
        // decision 20: "Day 2 in X" with a guest spot's words is the day of writing
        assertThat(infer("Day 3 in Leeds for my guest spot, what a shop"))
                .containsExactly("guest-spot 2027-03-01..2027-03-01 @Leeds");
        assertThat(infer("Tag 2 in Wien, Gastspiel läuft")).containsExactly("guest-spot 2027-03-01..2027-03-01 @Wien");
        // a stay told as over is no statement
        for (String text : List.of("Guest spot in Galway done, heading home", "Gastspiel in Wien vorbei, ab nach Hause",
                "Guest spot a Torino finito, si torna a casa")) {
            assertThat(infer(text)).as(text).isEmpty();
        }
    }

    @Test
    void aCountdownInDaysNamesThatDay() {
        // decision 19: days name the day; weeks name none, so no days are stated
        assertThat(infer("Guest spot in Cork in 11 days!")).containsExactly("guest-spot 2027-03-12..2027-03-12 @Cork");
        assertThat(infer("Gastspiel in Köln in 11 Tagen")).containsExactly("guest-spot 2027-03-12..2027-03-12 @Köln");
        assertThat(infer("Guest spot in Cork in 2 weeks!")).noneMatch(s -> s.contains("2027"));
    }

    @Test
    void thanksToEveryoneForAFlashDayIsOver() {
        for (String text : List.of("Grazie a tutti per il flash day!! 30 tatuaggi", "Merci à tous pour la journée flash",
                "Gracias a todos por el flash day", "Danke an alle für den Flash Day", "Bedankt iedereen voor de flashdag",
                "Thanks everybody for the flash day")) {
            assertThat(infer(text)).as(text).noneMatch(s -> s.startsWith("flash"));
        }
    }

    @Test
    void aNegationIsNeverAPlace() {
        for (String text : List.of("Nae guest spots this month, sorry pals", "Keine Gastspiele diesen Monat",
                "Geen gastspots deze maand")) {
            assertThat(infer(text)).as(text).isEmpty();
        }
    }

    @Test
    void aWeekdayBeforeABareDayNumberIsTheNextSuchDay() {
        assertThat(infer("Flash day domenica 4 aprile")).containsExactly("flash 2027-04-04..2027-04-04");
        assertThat(infer("Flash day domenica 4!")).containsExactly("flash 2027-04-04..2027-04-04");
        assertThat(infer("Sexta-feira 13 está a chegar, flash day")).containsExactly("flash 2027-08-13..2027-08-13");
        // hours after a weekday are no day of the month
        assertThat(infer("Flash day Saturday 12-6, walk ins")).containsExactly("flash 2027-03-06..2027-03-06");
        assertThat(infer("Flash day Saturday 10 til 6, walk ins")).containsExactly("flash 2027-03-06..2027-03-06");
        assertThat(infer("Flash day sabato 10 alle 18")).containsExactly("flash 2027-03-06..2027-03-06");
    }

    @Test
    void aWeekdayBeforeADateAcrossEmojiIsAHintOfIt() {
        assertThat(infer("Spooky flash day Saturday 🎃 27th March, walk ins")).containsExactly("flash 2027-03-27..2027-03-27");
        assertThat(infer("Flash day Sunday ✨ 28 March")).containsExactly("flash 2027-03-28..2027-03-28");
    }

    @Test
    void aGuestWordBeforeATownIsAGuestSpotAndItsBookingsAreItsOwn() {
        // decision 9 of rule 27 in Portuguese and Polish: the trip's bookings are no books statement
        assertThat(infer("Guest no Porto de 14 a 16 de julho 🌊 agenda aberta para esses dias"))
                .containsExactly("guest-spot 2027-07-14..2027-07-16 @Porto");
        assertThat(infer("Gościnnie w Krakowie 20–22 marca, zapisy otwarte"))
                .containsExactly("guest-spot 2027-03-20..2027-03-22 @Krakowie");
        // an ordinal tells a first time, not a coming trip; a trip called off is none
        assertThat(infer("Mon premier guest en Suisse était incroyable")).isEmpty();
        assertThat(infer("Guest à Bruxelles annulé, désolée")).isEmpty();
        // a guest of the studio's ("our guest") is not the writer's trip
        assertThat(infer("Meet our guest a Milano: [name]")).isEmpty();
    }

    @Test
    void twoDaysJoinedByASlashBeforeAMonthAreARun() {
        assertThat(infer("Sarò in guest a Torino 12/14 aprile")).containsExactly("guest-spot 2027-04-12..2027-04-14 @Torino");
        assertThat(infer("Guest à Lyon 3/5 avril")).containsExactly("guest-spot 2027-04-03..2027-04-05 @Lyon");
    }

    @Test
    void aTelegraphicGuestSpotTakesTheDaysAfterItsTown() {
        assertThat(infer("Guest spot. Aberdeen. 6-8 April.")).containsExactly("guest-spot 2027-04-06..2027-04-08 @Aberdeen");
    }

    @Test
    void aDateAfterATripsNextStopIsNotThisStops() {
        assertThat(infer("Ich bin als Gast in Zürich und danach am 20.4. in Graz")).isEmpty();
        assertThat(infer("Guesting in York, then on 20 April in Hull")).isEmpty();
        // dates of its own before the next stop still count
        assertThat(infer("Guesting in York 10-12 April, then Hull")).containsExactly("guest-spot 2027-04-10..2027-04-12 @York");
    }

    @Test
    void aSecondDateBetweenTwoStatementsIsTheSecondOnes() {
        assertThat(infer("Guest a Napoli 2-4 aprile e domenica 4 flash day!"))
                .contains("flash 2027-04-04..2027-04-04");
    }

    @Test
    void oneTextsBooksOpenAndClosedBothCount() {
        assertThat(infer("Books closed for March, thank you! April books open on the 1st"))
                .containsExactlyInAnyOrder("books-closed 2027-03-01..2027-03-31", "books-open 2027-04-01..2027-04-30");
    }

    @Test
    void thanksToThoseWhoCameEndAnEventWhereverItIsNamed() {
        for (String text : List.of("Pics from this month's flash day, thank u to everyone who came",
                "Flash day de samedi : merci à tous ceux qui sont venus", "Flash day del sábado, gracias a todos los que vinisteis",
                "Flash day di sabato, grazie a tutti quelli che sono passati")) {
            assertThat(infer(text)).as(text).noneMatch(s -> s.startsWith("flash"));
        }
    }

    @Test
    void aTripToldTwiceIsOneStatementWithItsDays() {
        assertThat(infer("¡Guest spot en Valencia! Estaré en Valencia del 22 al 25 de marzo, escríbeme"))
                .containsExactly("guest-spot 2027-03-22..2027-03-25 @Valencia");
    }

    @Test
    void booksThatOpenOnlyWhenSomethingHappensAreNotOpen() {
        assertThat(infer("We'll post when her books reopen")).noneMatch(s -> s.startsWith("books-open"));
        assertThat(infer("I'll shout when their books open")).noneMatch(s -> s.startsWith("books-open"));
    }

    @Test
    void aYearInTheBooksWordsIsTheirPeriodWhateverOtherDatesTheSentenceHas() {
        assertThat(infer("Studio closed 24 Dec – 2 Jan 🎄 Bookings for 2028 are open now"))
                .containsExactly("books-open 2028-01-01..2028-12-31");
    }

    @Test
    void aVisitingGuestsBooksAreNotTheStudios() {
        assertThat(infer("Welcome [name] from Cork to the studio 5-6 April! Books open via the link in her bio")).isEmpty();
        assertThat(infer("[name] is guesting with us 5-6 April, books for his guest days are open")).isEmpty();
        // a resident's books named by the studio still count (rule 27 decision 1)
        assertThat(infer("[name] has books open for April, link in her bio")).contains("books-open 2027-04-01..2027-04-30");
    }

    @Test
    void aMonthClosingAListLineIsThatWholeMonth() {
        // decision 18: a guest spot named by a month only is the whole month; decision 22: free dates in a month
        assertThat(infer("Dublin guest spot – June, dates tbc")).containsExactly("guest-spot 2027-06-01..2027-06-30 @Dublin");
        assertThat(infer("Gastspiel in Hamburg – Juni (Termine folgen)")).containsExactly("guest-spot 2027-06-01..2027-06-30 @Hamburg");
        assertThat(infer("🗓 wolne terminy: czerwiec")).containsExactly("books-open 2027-06-01..2027-06-30");
        // "dates tbc" with no month gives no days (decision 18, rule 27 decision 10)
        assertThat(infer("Guest spot in Bristol, dates tbc")).containsExactly("guest-spot .. @Bristol");
    }

    @Test
    void aStayThankedGoodbyeByItsPlaceIsOver() {
        // decision 20: "thank you Galway" tells the stay as over
        for (String text : List.of("Wrapped up my guest spot in Leeds, thank you Leeds", "Gastspiel in Wien, danke Wien!",
                "Guest à Lyon terminé, merci Lyon")) {
            assertThat(infer(text)).as(text).isEmpty();
        }
        // thanks to someone else, on the day of the stay, keep it
        assertThat(infer("Last day of my Galway guest spot today, thank you all"))
                .containsExactly("guest-spot 2027-03-01..2027-03-01 @Galway");
    }

    @Test
    void aCountOfDatesLeftIsNoStatement() {
        // decision 22: "noch 2 Termine frei" is spots left, "noch Termine frei im April" is openings
        assertThat(infer("Noch 2 Termine frei im April")).isEmpty();
        assertThat(infer("Zwei freie Termine im April")).isEmpty();
        assertThat(infer("Ich habe im April noch Termine frei")).containsExactly("books-open 2027-04-01..2027-04-30");
    }

    @Test
    void aYearsBooksOpeningOnADayAreTheWholeYear() {
        // decision 25, in the eight languages
        for (String text : List.of("Booking for 2028 opens on 1 December", "L'agenda 2028 ouvre le 1er décembre",
                "La agenda de 2028 se abre el 1 de diciembre", "L'agenda 2028 apre il 1 dicembre",
                "Agenda 2028 gaat open op 1 december", "Agenda de 2028 aberta a partir de 1 de dezembro")) {
            assertThat(infer(text)).as(text).containsExactly("books-open 2028-01-01..2028-12-31");
        }
    }
}

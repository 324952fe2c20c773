package tad.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round F (docs/availability.md, "Round F"): the enricher aligned with LABELLING-RULE-CAPTIONS-27, class by class, and
 * the words of the classes it already held filled in across the eight languages. Sentences written here for the
 * tests, not taken from any labelled set.
 */
class RoundFTest {

    // a Monday
    private static final LocalDate WRITTEN = LocalDate.of(2027, 3, 1);

    private static List<String> infer(String text) {
        return StatementsAsText.of(text, WRITTEN);
    }

    @Test
    void flashDesignsBroughtOnATripHaveNoDaysButAFlashEventKeepsItsDay() {
        // decision 3: designs offered for a coming convention or guest spot are flash with no days
        assertThat(infer("Leeds tattoo festival this weekend! Booth 7, bringing a fresh flash sheet"))
                .contains("flash ..");
        assertThat(infer("Guest spot in Derby 12-14 March. A few flash designs available for walk-ups too"))
                .containsExactlyInAnyOrder("guest-spot 2027-03-12..2027-03-14 @Derby", "flash ..");
        assertThat(infer("Convención de Sevilla del 19 al 21 de marzo, stand 8. ¡Traigo flashes nuevos!"))
                .contains("flash ..").noneMatch(s -> s.startsWith("flash 2027"));
        // a flash day, even in a text about a trip, keeps its own day
        assertThat(infer("Guest spot in Derby 12-14 March, with a flash day on Saturday 13th"))
                .contains("flash 2027-03-13..2027-03-13");
    }

    @Test
    void aYearAloneIsTheWholeYear() {
        // decision 4
        assertThat(infer("2028 is fully booked 🥲 thank u")).containsExactly("books-closed 2028-01-01..2028-12-31");
        assertThat(infer("Booking for 2028 is now open, form in bio"))
                .containsExactly("books-open 2028-01-01..2028-12-31");
        // a year the next part narrows to months is not read whole
        assertThat(infer("BOOKS OPEN for 2028!\nfeb to may, link in bio")).noneMatch(s -> s.contains("2028-12-31"));
    }

    @Test
    void toTheEndOfTheYearAndTillChristmasEndOnTheirDayWithNoStart() {
        // decision 5, in the eight languages
        for (String text : List.of("Fully booked until the new year, thank you", "Books closed for the rest of the year",
                "Books are closed for the rest of 2027 x", "Termine ausgebucht bis Jahresende, danke euch",
                "Agenda complète jusqu'à la fin de l'année", "Agenda cerrada hasta fin de año, gracias",
                "Agenda chiusa fino a fine anno", "Ik ben volgeboekt tot het einde van het jaar",
                "Agenda fechada até ao fim do ano")) {
            assertThat(infer(text)).as(text).containsExactly("books-closed ..2027-12-31");
        }
        assertThat(infer("Fully booked till xmas, thank you")).containsExactly("books-closed ..2027-12-24");
        assertThat(infer("Ausgebucht bis Weihnachten")).containsExactly("books-closed ..2027-12-24");
    }

    @Test
    void reopeningInAMonthIsClosedUntilTheDayBefore() {
        // decision 6: no books-open is implied
        for (String text : List.of("Books reopen in June x", "Taking a break, back open in June",
                "Ab Juni wieder offen", "Je rouvre en juin", "Reabro la agenda en junio", "Riapro a giugno",
                "Agenda reabre em junho")) {
            assertThat(infer(text)).as(text).containsExactly("books-closed ..2027-05-31");
        }
        // reopened on a day that is not a month's whole: as before
        assertThat(infer("Books reopen after Easter")).containsExactly("books-open 2027-03-29..");
        // said to be open now for named months: books open for them
        assertThat(infer("Books are now open again for April")).containsExactly("books-open 2027-04-01..2027-04-30");
    }

    @Test
    void aGuestSpotsOwnSlotsAreNoBooksStatement() {
        // decision 9, also for several events ("booking for both")
        assertThat(infer("Catch me at the Bristol Tattoo Convention 13-14 March and the Leeds one 20-21 March\n"
                + "booking for both now open")).noneMatch(s -> s.startsWith("books"));
        assertThat(infer("Gastspiel in Wien 12.-14. März, Termine dafür sind frei")).noneMatch(s -> s.startsWith("books"));
    }

    @Test
    void thanksForAnEventLookBackOnIt() {
        for (String text : List.of("Thanks so much for an amazing flash day yesterday", "Merci pour ce flash day de fou",
                "Grazie a chi è passato al flash day!", "Obrigada pelo dia de flash!", "Danke für den Flash Day!",
                "Gracias por el flash day, sois geniales", "Bedankt voor de flash day", "Dziękuję za flash day!",
                "Merci à tous ceux qui sont passés au flash day", "Danke an alle, die vorbeigekommen sind, Flash Day!")) {
            assertThat(infer(text)).as(text).isEmpty();
        }
        // thanks for something else do not end a coming event
        assertThat(infer("Thanks for the patience! Flash day Saturday 6th")).containsExactly("flash 2027-03-06..2027-03-06");
    }

    @Test
    void anEventCalledOffInThePresentTenseHoldsNothing() {
        for (String text : List.of("Se cancela el guest spot en Sevilla del 5 al 7 de abril", "Cancelo o flash day de sábado",
                "Se suspende el flash day del sábado", "Annullo il guest a Roma del 5 aprile",
                "Ik zeg de guest spot in Gent af", "Odwołuję flash day w sobotę")) {
            assertThat(infer(text)).as(text).isEmpty();
        }
    }

    @Test
    void aThingOfLastYearWrittenWithoutItsApostropheIsPast() {
        assertThat(infer("this one's from last years flash day, still a fave")).isEmpty();
    }

    @Test
    void booksWordsOfDutchPolishAndGermanAreRead() {
        assertThat(infer("Mijn agenda is weer open voor april")).containsExactly("books-open 2027-04-01..2027-04-30");
        assertThat(infer("Zapisy na kwiecień otwarte!")).containsExactly("books-open 2027-04-01..2027-04-30");
        assertThat(infer("Terminkalender für April ist offen")).containsExactly("books-open 2027-04-01..2027-04-30");
        assertThat(infer("Grafik na maj jest pełny")).containsExactly("books-closed 2027-05-01..2027-05-31");
        assertThat(infer("Mijn agenda is vol, bedankt")).containsExactly("books-closed ..");
        assertThat(infer("Je suis complète, merci ❤️")).containsExactly("books-closed ..");
        assertThat(infer("Sono al completo, grazie")).containsExactly("books-closed ..");
        assertThat(infer("Estou sem vagas, obrigada")).containsExactly("books-closed ..");
    }

    @Test
    void aWaitingListOnlyIsBooksClosedAndAnOpenOneIsNoStatement() {
        // decision 12, in the eight languages
        for (String text : List.of("Waitlist only at the moment, sorry x", "Currently on a waitlist only basis",
                "Nur noch Warteliste", "Liste d'attente uniquement", "Solo lista de espera", "Lista d'attesa piena, grazie",
                "Alleen wachtlijst", "Só lista de espera por agora", "Tylko lista oczekujących")) {
            assertThat(infer(text)).as(text).containsExactly("books-closed ..");
        }
        assertThat(infer("Waitlist open via the link in bio")).isEmpty();
    }

    @Test
    void polishMonthsAndPlacesAreReadFromCldrAndAsWritten() {
        // month names from the JDK's CLDR data; the place keeps its case form (decision 14)
        assertThat(infer("Guest spot w Krakowie 12-14 marca")).containsExactly("guest-spot 2027-03-12..2027-03-14 @Krakowie");
    }

    @Test
    void aGuestComingToTheWritersStudioInAnyLanguageIsNotTheirGuestSpot() {
        for (String text : List.of("Gastspiel bei uns: [name] vom 12. bis 14. März", "Guest spot chez nous du 12 au 14 mars",
                "Guest spot da noi dal 12 al 14 marzo", "Gastspot bij ons van 12 tot 14 maart")) {
            assertThat(infer(text)).as(text).isEmpty();
        }
        assertThat(infer("Ich bin vom 12. bis 14. März zu Gast in Wien"))
                .containsExactly("guest-spot 2027-03-12..2027-03-14 @Wien");
    }

    @Test
    void aFlashDayInTheOtherLanguagesIsAnEvent() {
        assertThat(infer("Flashdag zaterdag 6 maart")).containsExactly("flash 2027-03-06..2027-03-06");
        // an event, so thanks for it close it and a day around is its day
        assertThat(infer("Journée flash samedi 6 mars !")).containsExactly("flash 2027-03-06..2027-03-06");
        assertThat(infer("Obrigado pelo dia de flash, foi incrível")).isEmpty();
    }
}

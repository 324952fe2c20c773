package tad.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round J (docs/availability.md, "Round J"): the classes that failed on the held-out run of -51..-62, each in the
 * languages the enricher reads. Sentences written here for the tests, not taken from any labelled set.
 */
class RoundJTest {

    // a Monday
    private static final LocalDate WRITTEN = LocalDate.of(2027, 3, 1);

    private static List<String> infer(String text) {
        return StatementsAsText.of(text, WRITTEN);
    }

    @Test
    void aWeekdayBeforeABareDayAndACommaIsThatDay() {
        for (String text : List.of("Flash day el sábado 6, de 11 a 19h", "Flash day Saturday 6, doors at 11",
                "Flash day sabato 6, dalle 11 alle 19", "Journée flash samedi 6, dès 11h")) {
            assertThat(infer(text)).as(text).containsExactly("flash 2027-03-06..2027-03-06");
        }
        // hours written with a comma or a point are no day
        assertThat(DateReader.read("sábado 13,30h", WRITTEN)).singleElement()
                .satisfies(found -> assertThat(found.span().from()).isEqualTo(LocalDate.of(2027, 3, 6)));
    }

    @Test
    void aCountdownInDaysOrNightsIsThatDay() {
        // decision 19, in the eight languages: the count needs a word that counts towards something after it
        for (String text : List.of("9 sleeps til my Leeds guest spot", "Nog 9 dagen en dan vlieg ik naar Gent",
                "Noch 9 Tage bis Wien", "Encore 9 jours avant Lyon", "Faltan 9 días para Sevilla",
                "Mancano 9 giorni a Torino", "Faltam 9 dias para o Porto", "Jeszcze 9 dni do Krakowa")) {
            assertThat(DateReader.read(text, WRITTEN)).as(text).singleElement()
                    .satisfies(found -> assertThat(found.span().from()).isEqualTo(LocalDate.of(2027, 3, 10)));
        }
        assertThat(infer("9 sleeps til my Leeds guest spot")).containsExactly("guest-spot 2027-03-10..2027-03-10 @Leeds");
        // days free, a habit: no countdown
        for (String text : List.of("noch 3 Tage frei", "2 days a week at the studio", "nog 2 dagen vrij")) {
            assertThat(DateReader.read(text, WRITTEN)).as(text).isEmpty();
        }
        // designs left in a text counting down to a trip take no day (decision 3)
        assertThat(infer("10 days till york, two of the flash left")).containsExactly("flash ..");
    }

    @Test
    void anEventMovedToADayNotYetKnownHoldsNoDay() {
        for (String text : List.of("Our flash day has been pushed back, new date TBA",
                "Flash Tag am Samstag: neuer Termin folgt", "Journée flash samedi, nouvelle date à venir",
                "Flash day el sábado, nueva fecha por confirmar", "Flash day sabato, nuova data da definire",
                "Flashdag zaterdag, nieuwe datum volgt", "Flash day sábado, nova data a anunciar",
                "Dzień flash w sobotę, nowy termin wkrótce")) {
            assertThat(infer(text)).as(text).isEmpty();
        }
    }

    @Test
    void booksForATripsPlaceAreTheTripsSlots() {
        // rule 27 decision 9: the guest spot is the statement, no books statement
        assertThat(infer("Fully booked for Cardiff 18–20 March, thank you!"))
                .containsExactly("guest-spot 2027-03-18..2027-03-20 @Cardiff");
        assertThat(infer("Fully booked for Christmas")).noneMatch(s -> s.startsWith("guest-spot"));
        assertThat(infer("Guest spot in Cardiff 18–20 March! Fully booked for Cardiff, waitlist open"))
                .containsExactly("guest-spot 2027-03-18..2027-03-20 @Cardiff");
        assertThat(infer("Me voy de guest a Madrid! Del 18 al 20 de marzo. Agenda de Madrid abierta"))
                .containsExactly("guest-spot 2027-03-18..2027-03-20 @Madrid");
        // a month is no place: the artist's own books
        assertThat(infer("Guest spot in Leeds 18–20 March. Books for April are open"))
                .contains("books-open 2027-04-01..2027-04-30");
    }

    @Test
    void freeDatesThatAppearOnADayAreReleasedNotOpen() {
        // decision 21: dates released state nothing; free dates for a month without such a verb are books open
        assertThat(infer("Wolne terminy na kwiecień pojawią się 1 marca")).isEmpty();
        assertThat(infer("Wolne terminy na kwiecień: pisz w DM")).containsExactly("books-open 2027-04-01..2027-04-30");
    }

    @Test
    void booksOpenAgainAtATimeAheadAreClosedTillThen() {
        // rule 27 decision 6, as "reopening in June"
        for (String text : List.of("books open again in june, details soon",
                "Agenda abierta de nuevo en junio", "Agenda aperta di nuovo a giugno", "Agenda aberta novamente em junho")) {
            assertThat(infer(text)).as(text).containsExactly("books-closed ..2027-05-31");
        }
    }

    @Test
    void theWriterClosingTheBooksIsBooksClosed() {
        for (String text : List.of("Je ferme l'agenda jusqu'en juin", "I'm closing my books till June",
                "Cierro la agenda hasta junio", "Chiudo l'agenda fino a giugno")) {
            assertThat(infer(text)).as(text).containsExactly("books-closed ..2027-05-31");
        }
        assertThat(infer("Merci pour cette année 🙏 Je ferme l'agenda jusqu'en juin, je reviens avec plein de nouveaux flashs !"))
                .containsExactly("books-closed ..2027-05-31");
    }

    @Test
    void booksClosedFromAMonthToTheYearsEndAreThatPeriod() {
        for (String text : List.of("I'm closing my books from September to the end of the year",
                "Ich schließe meinen Kalender von September bis Ende des Jahres",
                "Je ferme l'agenda de septembre à la fin de l'année")) {
            assertThat(infer(text)).as(text).containsExactly("books-closed 2027-09-01..2027-12-31");
        }
    }

    @Test
    void requestsForAMonthThatOpenAreItsBooks() {
        // decision 21, with the month before full
        assertThat(infer("Im April bin ich ausgebucht. Die Anfragen für Mai öffnen am 1. April"))
                .containsExactlyInAnyOrder("books-closed 2027-04-01..2027-04-30", "books-open 2027-05-01..2027-05-31");
        assertThat(infer("Requests for May open on 1 April")).containsExactly("books-open 2027-05-01..2027-05-31");
    }

    @Test
    void aWeekdayAfterAJoiningWordEndsATownsName() {
        assertThat(infer("Guest spot in Lincoln on Saturday 6th March"))
                .containsExactly("guest-spot 2027-03-06..2027-03-06 @Lincoln");
        assertThat(PlaceReader.read("Guest spot in Newcastle upon Tyne", 0, 10, HomeStudios.NONE, "")).contains("Newcastle upon Tyne");
    }

    @Test
    void aVisitingGuestsBooksAreNotTheStudios() {
        assertThat(infer("Guest alert! [name] from Ghent joins us 4th–6th March. Her books are open, message her"))
                .noneMatch(s -> s.startsWith("books-open"));
        // a new resident is the studio's own (rule 27 decision 1)
        assertThat(infer("[name] is joining us for good from April! Her books for April are open"))
                .containsExactly("books-open 2027-04-01..2027-04-30");
    }

    @Test
    void moneyGoingToACauseIsNoFuture() {
        assertThat(infer("£500 raised at Saturday's charity flash day, every penny going to a local shelter")).isEmpty();
        assertThat(infer("Flash day Saturday, I'm going to draw loads")).containsExactly("flash 2027-03-06..2027-03-06");
    }

    @Test
    void designsNotOnOfferYetAreNoFlash() {
        for (String text : List.of("New flash sheet drawn. Not for sale yet.", "Neue Flash Motive fertig. Noch nicht verfügbar!",
                "Nouveaux flashs dessinés. Pas encore dispo.", "Nuevos flashes listos. Todavía no están disponibles.",
                "Nuovi flash pronti. Non sono ancora disponibili.", "Nieuwe flash getekend. Nog niet beschikbaar.",
                "Novos flashes prontos. Ainda não estão disponíveis.")) {
            assertThat(infer(text)).as(text).noneMatch(s -> s.startsWith("flash"));
            String drawn = text.substring(0, text.indexOf('.') + 1); // without the words that withhold it: on offer
            assertThat(infer(drawn)).as(drawn).anyMatch(s -> s.startsWith("flash"));
        }
        // a flash day beside designs not shown yet still holds
        assertThat(infer("Flash day Saturday 6th! Designs not available yet, reveal Friday"))
                .contains("flash 2027-03-06..2027-03-06");
    }

    @Test
    void aGuestWhoComesToTheWriterIsNoGuestSpotOfTheirs() {
        for (String text : List.of("¡Bienvenida [name]! Viene desde Sevilla de guest a Tinta Negra del 2 al 4 de marzo.",
                "Willkommen [name]! Kommt aus Wien als Gast bei Tinte & Co vom 2. bis 4. März.")) {
            assertThat(infer(text)).as(text).noneMatch(s -> s.startsWith("guest-spot"));
        }
        // the writer's own trip
        assertThat(infer("Me voy de guest a Sevilla del 2 al 4 de marzo"))
                .containsExactly("guest-spot 2027-03-02..2027-03-04 @Sevilla");
    }

    @Test
    void aPolishMonthInTheLocativeIsThatMonth() {
        // decision 18: a guest spot named by a month only is that month
        assertThat(infer("Znowu gościnnie w Poznaniu w maju, dokładne daty wkrótce"))
                .containsExactly("guest-spot 2027-05-01..2027-05-31 @Poznaniu");
        assertThat(DateReader.read("w grudniu", WRITTEN)).singleElement()
                .satisfies(found -> assertThat(found.span().from()).isEqualTo(LocalDate.of(2027, 12, 1)));
    }

    @Test
    void aHalfOfAYearIsItsSixMonths() {
        assertThat(infer("The first half of 2027 is now fully booked"))
                .containsExactly("books-closed 2027-01-01..2027-06-30");
        assertThat(DateReader.read("die zweite Jahreshälfte 2027", WRITTEN)).singleElement()
                .satisfies(found -> assertThat(found.span().from()).isEqualTo(LocalDate.of(2027, 7, 1)));
    }
}

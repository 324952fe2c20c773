package tad.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What round E withholds (docs/availability.md, "Round E"): days that are one end of a run or one of a pair, a third
 * person's books, books closed from the day they reopen. Sentences written here for the tests, not taken from any
 * labelled set.
 */
class RoundETest {

    // a Monday
    private static final LocalDate WRITTEN = LocalDate.of(2027, 3, 1);

    private static List<String> infer(String text) {
        return StatementsAsText.of(text, WRITTEN);
    }

    @Test
    void daysWithARunLengthAfterThemAreNotReadAsOneDay() {
        // the run is not read whole, so no day of it is stated (a statement without days may remain)
        for (String text : List.of("Guest spot in Leeds from the 12th for a week, DM me",
                "Gastspiel in Hamburg ab dem 12. für eine Woche", "Guest à Lyon à partir du 12 pendant une semaine",
                "Guest en Valencia desde el 12 durante una semana", "Guest a Roma dal 12 per una settimana")) {
            assertThat(infer(text)).as(text).noneMatch(s -> s.contains("2027-03-12"));
        }
    }

    @Test
    void aRunOfOneDayIsThatDay() {
        assertThat(infer("Flash day Saturday 6th, for one day only")).containsExactly("flash 2027-03-06..2027-03-06");
    }

    @Test
    void onlyOneDayOfANamedPairIsNotEmitted() {
        assertThat(infer("Guest spot in Leeds at Ink Lab (Sat 13 & Sun 14) DM me"))
                .noneMatch(s -> s.contains("2027-03-14..2027-03-14") || s.contains("2027-03-13..2027-03-13"));
        for (String text : List.of("Este finde estaré de guest en Sevilla (sáb 13 y dom 14)",
                "Ce week-end guest à Lyon (sam. 13 et dim. 14)", "Gastspiel in Köln, Sa. 13. und So. 14.",
                "Guest a Torino sab 13 e dom 14", "Guestspot in Utrecht za 13 en zo 14",
                "Guest w Krakowie sob 13 i nd 14", "Guest em Lisboa sáb 13 e dom 14")) {
            assertThat(infer(text)).as(text)
                    .noneMatch(s -> s.contains("2027-03-14..2027-03-14") || s.contains("2027-03-13..2027-03-13"));
        }
    }

    @Test
    void aThirdPersonsBooksAreNotThePostersOwn() {
        assertThat(infer("Welcome to the family! She'll be taking bookings from next month")).isEmpty();
        assertThat(infer("He is now taking bookings for April")).isEmpty();
        assertThat(infer("Bienvenue à notre nouvelle artiste ! Elle va ouvrir son agenda en avril")).isEmpty();
        assertThat(infer("I'm taking bookings for April")).isNotEmpty();
    }

    @Test
    void booksReopenedOnADayAreNotClosedFromThatDay() {
        assertThat(infer("Agenda chiusa, riapro le prenotazioni il 1° aprile"))
                .noneMatch(s -> s.startsWith("books-closed 2027-04-01"));
        for (String text : List.of("Books closed, I reopen them on 1 April", "Agenda fermée, je rouvre le 1er avril",
                "Kalender geschlossen, ab 1. April wieder offen", "Agenda cerrada, reabro el 1 de abril",
                "Agenda vol, ik heropen op 1 april", "Agenda fechada, reabro a 1 de abril",
                "Grafik zamknięty, otwieram 1 kwietnia")) {
            assertThat(infer(text)).as(text).noneMatch(s -> s.startsWith("books-closed 2027-04-01"));
        }
    }
}

package tad.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round G (docs/availability.md, "Round G"): the classes of round F's one held-out run, fixed as classes. Sentences
 * written here for the tests, not taken from any labelled set.
 */
class RoundGTest {

    // a Monday
    private static final LocalDate WRITTEN = LocalDate.of(2027, 3, 1);

    private static List<String> infer(String text) {
        return StatementsAsText.of(text, WRITTEN);
    }

    @Test
    void flashDesignsTakeNoDaysFromATripWhateverWordsTellIt() {
        // decision 3: the trip's days are told with "this weekend", or in a sentence of their own with no guest-spot words
        assertThat(infer("This weekend I'm working the Derby convention, a handful of flash pieces available, DM me"))
                .contains("flash ..").noneMatch(s -> s.startsWith("flash 2027"));
        assertThat(infer("Lisbon next week. Three flash designs left for it, check stories"))
                .containsExactly("flash ..");
        assertThat(infer("YORK 🖤 back at [handle] 10th-12th March! Here's the flash for it, all available"))
                .contains("flash ..").noneMatch(s -> s.startsWith("flash 2027"));
        // a flash day keeps its day, and designs offered at a named occasion take that occasion's day
        assertThat(infer("Flash day at the studio on Saturday 6th March, walk-ins from noon"))
                .contains("flash 2027-03-06..2027-03-06");
        assertThat(infer("The shop hosts a charity event all day Saturday 6th March. A book of flash designs ready to go."))
                .contains("flash 2027-03-06..2027-03-06");
    }

    @Test
    void aFlashDayGoneByIsNoStatementInTheEightLanguages() {
        for (String text : List.of("Huge thanks to everyone who came to the flash day on Saturday, see you at the next!",
                "Flash day last Saturday was wild 🥵", "Merci à tous pour la journée flash de samedi dernier",
                "Fotos del flash day del sábado pasado", "Foto dalla giornata flash di sabato scorso",
                "Bilder vom Flash Day letzten Samstag", "Foto's van de flashdag afgelopen zaterdag",
                "Fotos do flash day no sábado passado", "Zdjęcia z dzień flash w zeszłą sobotę",
                "Tattoo feito no último flash day, obrigada!", "Wat een flashdag 🥹 Dank jullie wel!")) {
            assertThat(infer(text)).as(text).noneMatch(s -> s.startsWith("flash"));
        }
        // "the last Saturday of the month" is the final one, not one gone by
        assertThat(Cues.bundled().pastOrDoubt().namesATimeGoneBy("Flash day on the last Saturday of March!")).isFalse();
        assertThat(Cues.bundled().pastOrDoubt().namesATimeGoneBy("Flash day last Saturday")).isTrue();
        // the last slots left are no time gone by (and, since LABELLING-RULE-CAPTIONS-51 decision 22, no statement)
        assertThat(Cues.bundled().pastOrDoubt().namesATimeGoneBy("Letzte freie Termine im April, schreibt mir")).isFalse();
        assertThat(infer("Letzte freie Termine im April, schreibt mir")).isEmpty();
    }

    @Test
    void aPeriodsBooksOpeningOnADayAreThePeriodsNotTheDay() {
        // decision 7
        assertThat(infer("2028 books open on Friday the 5th of March, booking the whole year at once"))
                .containsExactly("books-open 2028-01-01..2028-12-31");
        assertThat(infer("Thank you! May books for Bath open Friday, form in bio"))
                .contains("books-open 2027-05-01..2027-05-31").noneMatch(s -> s.startsWith("books-open 2027-03"));
        // a year narrowed elsewhere in the text is not read whole: withheld
        assertThat(infer("2028 books open Fri 5th March at noon. I'll be booking Jan–Apr only"))
                .noneMatch(s -> s.contains("2028-12-31"));
    }

    @Test
    void closedUntilAYearEndsTheYearBefore() {
        // decision 5
        assertThat(infer("books: closed til 2028\nno DMs")).containsExactly("books-closed ..2027-12-31");
        assertThat(infer("Termine bis 2028 ausgebucht")).containsExactly("books-closed ..2027-12-31");
    }

    @Test
    void aGeneralOfferOfGuestSpotsIsNoTrip() {
        for (String text : List.of("Open to guest spots in Scotland for 2028, message me if your studio has a chair",
                "Ouverte aux guest spots en Suisse pour 2028 ✉️", "Offen für Gastspots in Österreich 2028",
                "Abierta a guest spots en Portugal para 2028", "Open voor guestspots in België in 2028")) {
            assertThat(infer(text)).as(text).noneMatch(s -> s.startsWith("guest-spot"));
        }
    }

    @Test
    void aDistrictOrStudioNamedWithItsCityIsTheCity() {
        // decision 15, with the known towns of towns.txt
        assertThat(infer("Guesting at Salt Lines in Leith, Edinburgh 10-12 March, DM me"))
                .containsExactly("guest-spot 2027-03-10..2027-03-12 @Edinburgh");
        assertThat(infer("Stockbridge, Edinburgh 🏴 back at Saltline for a guest spot 10-12 March"))
                .containsExactly("guest-spot 2027-03-10..2027-03-12 @Edinburgh");
        assertThat(infer("Estaré de guest en Gràcia, Barcelona del 10 al 12 de marzo"))
                .containsExactly("guest-spot 2027-03-10..2027-03-12 @Barcelona");
        // a known town stays as read, and what follows a town is no city unless it is a known town
        assertThat(infer("Guest spot in Kraków, Poland 10-12 March"))
                .containsExactly("guest-spot 2027-03-10..2027-03-12 @Kraków");
        assertThat(Towns.BUNDLED.cityOf("Leeds", "in Leeds, Bradford", "in Leeds, Bradford")).isEqualTo("Leeds");
        // a pair of towns further on is a list, not a district's city
        assertThat(Towns.BUNDLED.cityOf("Whitstable", "Guest spot in Whitstable 12-14 March!",
                "Guest spot in Whitstable 12-14 March! Then Canterbury, London and Leeds")).isEqualTo("Whitstable");
        assertThat(Towns.BUNDLED.cityOf("Tollcross", "in Tollcross, Scotland", "in Tollcross, Scotland"))
                .isEqualTo("Tollcross");
    }

    @Test
    void preBookingIsForTheEventNotTheBooks() {
        // decision 9
        assertThat(infer("See you at the Derby tattoo convention 12-14 March 🙌 pre-booking open for the weekend"))
                .noneMatch(s -> s.startsWith("books"));
        assertThat(infer("Booking open for April, form in bio")).containsExactly("books-open 2027-04-01..2027-04-30");
    }

    @Test
    void aVisitingGuestsFlashIsNoStatement() {
        // decision 2: the guest comes to the writer's studio, and brings the flash
        assertThat(infer("Guest alert! [name] joins us from Lisbon 10-12 March, and she's bringing a pile of flash"))
                .noneMatch(s -> s.startsWith("flash"));
        // the writer's own flash brought along stays
        assertThat(infer("Guest spot in Derby 10-12 March, bringing a fresh flash sheet")).contains("flash ..");
    }

    @Test
    void flashBroughtAlongIsReadFromOneLineOfData() {
        assertThat(Cues.bundled().find("bringing a fresh flash sheet to Leeds"))
                .anyMatch(hit -> hit.kind() == tad.plugin.Availability.Kind.FLASH);
        assertThat(Cues.bundled().trip().bringsFlash("ich bring Flash mit")).isTrue();
    }
}

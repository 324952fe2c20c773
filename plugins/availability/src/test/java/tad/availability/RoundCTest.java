package tad.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What round C reads whole or withholds (docs/availability.md, "Round C"): a run of days joined by "&amp;" or "+" is
 * read whole or withheld, a place is never a word out of a hyphenated compound nor a short all-capitals abbreviation,
 * flash designs in a text about a trip do not take the trip's days, and flash brought to a convention is withheld.
 * Sentences written here for the tests, not taken from any labelled set.
 */
class RoundCTest {

    // a Monday
    private static final LocalDate WRITTEN = LocalDate.of(2027, 3, 1);

    private static List<String> infer(String text) {
        return StatementsAsText.of(text, WRITTEN);
    }

    @Test
    void aRunJoinedByPlusOrAmpersandIsReadWholeOrWithheld() {
        assertThat(infer("Guesting in Bath 24th + 25th May, walk ups welcome"))
                .containsExactly("guest-spot 2027-05-24..2027-05-25 @Bath");
        // a day's full stop before "&" ends no sentence: the German run is read whole
        assertThat(infer("Gastspiel in Kassel am 4. & 5. Juni, schreibt mir"))
                .containsExactly("guest-spot 2027-06-04..2027-06-05 @Kassel");
        // two months joined by "+" are one period over both
        assertThat(infer("BOOKS OPEN 🌿✨\nJune + July open for custom work"))
                .containsExactly("books-open 2027-06-01..2027-07-31");
    }

    @Test
    void aPlaceIsNoWordOutOfAHyphenatedCompound() {
        assertThat(infer("Gastspiel-Fieber 🚨 Vom 8.–10.04. bin ich bei Freunden in Graz, schreibt mir"))
                .containsExactly("guest-spot 2027-04-08..2027-04-10 @Graz");
    }

    @Test
    void aShortAllCapitalsAbbreviationIsNoPlace() {
        assertThat(infer("hiya NYC 👋 guest spotting at Moth & Rust 12-14 March, few slots left")).isEmpty();
        // a town written out in capitals is one
        assertThat(infer("DERBY guest spot 12-14 March, few slots left"))
                .containsExactly("guest-spot 2027-03-12..2027-03-14 @DERBY");
    }

    @Test
    void flashDesignsInATextAboutATripAreOnOfferNow() {
        assertThat(infer("📍 Derby, Mar 18-20\nguest spotting in Derby, a couple of flash designs left to claim"))
                .contains("flash ..").doesNotContain("flash 2027-03-18..2027-03-20");
    }

    @Test
    void flashBroughtToAConventionHasNoDays() {
        // withheld until round F; LABELLING-RULE-CAPTIONS-27 decision 3 makes it flash with no days (RoundFTest)
        assertThat(infer("I'll be working the Derby Tattoo Convention 12-13 June, with a big pile of flash"))
                .contains("flash ..").noneMatch(s -> s.startsWith("flash 2027"));
    }

    @Test
    void booksWithAYearAndItsMonthsAreReadAsTheMonths() {
        // a year alone is the whole year since round F (RoundFTest); a year with the months it books is those months
        assertThat(infer("Books for January to April 2028 are now open")).containsExactly(
                "books-open 2028-01-01..2028-04-30");
        assertThat(infer("Books are open, send me your ideas")).containsExactly("books-open ..");
    }

    @Test
    void aWeekdayWrittenByTheFirstPartOfItsNameIsNoticed() {
        // "sexta" of "sexta-feira": a day the reader cannot read, so the flash day is withheld, not shown without it
        assertThat(infer("Dia de flash na sexta 🎉 desenhos a partir de 40€")).isEmpty();
        assertThat(infer("Flash sheet available, designs from 40€")).containsExactly("flash ..");
    }

    @Test
    void booksOpenedForTheEventNamedBeforeAreNoBooksStatement() {
        // round F (LABELLING-RULE-CAPTIONS-27 decision 9): the guest spot's own slots, not the artist's books
        assertThat(infer("Guest spot alert 🚨 I'll be at Moth & Rust in Derby from the 10th to the 14th of May. books"
                + " open for it now, link in bio")).containsExactly("guest-spot 2027-05-10..2027-05-14 @Derby");
        assertThat(infer("Next stop: guest spot in Lille 4-6 June. Books open for these dates!"))
                .noneMatch(s -> s.startsWith("books"));
        assertThat(infer("Books open for it now, link in bio")).isEmpty();
    }
}

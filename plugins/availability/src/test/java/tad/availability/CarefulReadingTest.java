package tad.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The classes the public tuning sets of the round after heldout-7 showed (docs/benchmarks.md, "captions-public-tune-8"),
 * each on sentences written here: where a reading is uncertain the inferrer states nothing, and one event is one
 * statement.
 */
class CarefulReadingTest {

    // a Monday; the last Friday the 13th (13 November) is more than a fortnight back, the next is 13 August 2027
    private static final LocalDate WRITTEN = LocalDate.of(2026, 12, 7);

    private static List<String> infer(String text) {
        return StatementsAsText.of(text, WRITTEN);
    }

    @Test
    void aFarOffDayInATextToldInThePastIsTheDayGoneByAndStatesNothing() {
        assertThat(infer("A crowd lined up in the rain outside the new shop. [...] A post advertised $13 tattoos for "
                + "Friday the 13th, from a sheet of small designs")).isEmpty();
        assertThat(infer("On Thursday the studio awarded its customers free tattoos from pre-drawn flash sheets. "
                + "Having opened on Nov. 1, the owners collected 300 toys")).isEmpty();
        // told as coming, the next one is read
        assertThat(infer("Friday the 13th specials: $13 tattoos from our sheet, walk-ins all day"))
                .containsExactly("flash 2027-08-13..2027-08-13");
    }

    @Test
    void oneEventIsOneStatementOnItsBestSupportedDays() {
        assertThat(infer("Our flash day is on 12 December, walk-ins all day. Flash designs available this weekend, "
                + "pick yours in advance")).containsExactly("flash 2026-12-12..2026-12-12");
        // two events on different days stay two
        assertThat(infer("Flash day on 12 December. Another flash day on 19 December"))
                .containsExactly("flash 2026-12-12..2026-12-12", "flash 2026-12-19..2026-12-19");
    }

    @Test
    void anUndatedFlashEventTakesTheOnlyDayItsTextNames() {
        assertThat(infer("Twenty artists will be in town Sunday for the fundraiser. The shop hosts it on 13 December. "
                + "Proceeds go to the hospital. Cake and coffee at the door. Every artist joins the flash sale"))
                .containsExactly("flash 2026-12-13..2026-12-13");
        // two different days: which one is the event's is not known
        assertThat(infer("The shop opened on 1 December. The fundraiser is on 13 December. Proceeds go to the "
                + "hospital. Cake and coffee at the door. Every artist joins the flash sale"))
                .containsExactly("flash ..");
    }

    @Test
    void aNameEndedByAStudioWordIsAStudioNotAPlace() {
        // a studio is no place, and a guest spot without one is withheld
        assertThat(infer("Looking forward to the Off the Grid Tattoo guest spot 12-14 January")).isEmpty();
        assertThat(infer("Looking forward to the Glasgow guest spot 12-14 January"))
                .containsExactly("guest-spot 2027-01-12..2027-01-14 @Glasgow");
    }

    @Test
    void howBookingOrFlashWorksInGeneralStatesNothing() {
        assertThat(infer("Every artist has their own way of taking bookings, so check their page first")).isEmpty();
        assertThat(infer("Walk-ins are generally pre-drawn designs called flash")).isEmpty();
        assertThat(infer("Taking bookings for January")).containsExactly("books-open 2027-01-01..2027-01-31");
    }

    @Test
    void anElisionMarkEndsASentence() {
        assertThat(infer("Guest spot in Leeds, DM me to book [...] Back in my own studio from 20 December"))
                .containsExactly("guest-spot .. @Leeds");
    }

    @Test
    void aHolidayNamedAsTheEventsDayIsItsNextDate() {
        assertThat(StatementsAsText.of("All five artists will be tattooing like mad on Halloween. Each artist has "
                + "drawn two pages of little spooky designs to choose from", LocalDate.of(2026, 10, 20)))
                .containsExactly("flash 2026-10-31..2026-10-31");
        assertThat(infer("Flash day on Christmas Eve, walk-ins only")).containsExactly("flash 2026-12-24..2026-12-24");
        // without "on" a holiday names a theme or a season, not a day
        assertThat(infer("Christmas Eve flash day plans coming soon")).containsExactly("flash ..");
    }

    @Test
    void aCharityDayOfSetDesignsIsFlashOnItsDay() {
        assertThat(infer("Three studios are opening their doors on 19 December, offering nautical-themed tattoos from "
                + "a select set for $50")).containsExactly("flash 2026-12-19..2026-12-19");
        assertThat(infer("There will be small set flash designs only. The event will be held on Sunday"))
                .containsExactly("flash 2026-12-13..2026-12-13");
        assertThat(infer("The annual Tattoo-Drive takes place on 12 December at the studio"))
                .containsExactly("flash 2026-12-12..2026-12-12");
        assertThat(infer("On 19 December we take part in a charity day. On the day we will be offering semicolon "
                + "tattoos for just £20")).containsExactly("flash 2026-12-19..2026-12-19");
        // without a day these words are no event
        assertThat(infer("We have a small set of designs for walk-ins and a tattoo drive for the hospital")).isEmpty();
        assertThat(infer("We are offering fine line tattoos for £80 and up")).isEmpty();
    }

    @Test
    void anEventTakesNoDayFarAheadFromTheSentencesAround() {
        // "November 19 & 20" written in December is last month's show read as next year's: not this event's day
        assertThat(infer("After the expo held November 19 & 20, studios are holding a fundraising day this Sunday "
                + "December 13. Ten studios are offering pre-drawn designs for a $60 donation"))
                .containsExactly("flash 2026-12-13..2026-12-13");
    }

    // the classes below were read from captions-public-tune-9, after its one scoring as this round's pseudo-held-out set

    @Test
    void flashEventsNamedInThePluralWithoutADayAreTalkOfThemInGeneral() {
        assertThat(infer("She has already worked five Flash Days")).isEmpty();
        assertThat(infer("\"Flash Day é apenas uma forma de divulgação\", diz")).isEmpty();
        assertThat(infer("Our monthly flash days are back. The next one is on 19 December"))
                .containsExactly("flash 2026-12-19..2026-12-19");
    }

    @Test
    void smallTattoosOnACharityDayAreFlashOnItsDayInTheLanguagesOfThePress() {
        assertThat(infer("Am 19. Dezember werden wir kleinere Tattoos für den guten Zweck anbieten"))
                .containsExactly("flash 2026-12-19..2026-12-19");
        assertThat(infer("Sabato 19 dicembre piccoli tatuaggi a 50 euro per beneficenza"))
                .containsExactly("flash 2026-12-19..2026-12-19");
        // told in the past tense of the language, the day is over
        assertThat(infer("Il 19 dicembre l'iniziativa era valida solo per piccoli tatuaggi")).isEmpty();
        assertThat(infer("Kleinere Tattoos stechen wir jederzeit")).isEmpty();
    }

    // the classes below were read from the unlabelled public bios and captions of plugins/style-inference's sets

    @Test
    void preDrawnDesignsCountOnlyWithTheDayOfTheirEvent() {
        assertThat(infer("Pre-drawn designs are ready to be booked in as they are shown")).isEmpty();
        assertThat(infer("I was advised to produce pre-drawn tattoo designs for social media")).isEmpty();
        assertThat(infer("Walk-ins on Saturday 12 December: pre-drawn designs from every artist"))
                .containsExactly("flash 2026-12-12..2026-12-12");
        assertThat(infer("The fundraiser is on 13 December. Proceeds go to the hospital. Cake at the door. Each artist "
                + "brings pre-designed tattoos made for this event")).containsExactly("flash 2026-12-13..2026-12-13");
    }

    @Test
    void aGuestSpotToldAsTheArtistsStoryIsOver() {
        assertThat(infer("So this week I did my very first guest spot at a friend's studio in Adelaide")).isEmpty();
        assertThat(infer("After two years there I got invited to work as a guest artist in Berlin")).isEmpty();
        assertThat(infer("Did a new flash sheet for the flash day on Saturday 12 December"))
                .containsExactly("flash 2026-12-12..2026-12-12");
        assertThat(infer("Guesting in Berlin 12-14 January, DM to book"))
                .containsExactly("guest-spot 2027-01-12..2027-01-14 @Berlin");
    }
}

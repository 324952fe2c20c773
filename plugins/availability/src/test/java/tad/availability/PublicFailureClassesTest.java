package tad.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The classes of phrasing the public tuning sets still failed on at 28d605e (docs/benchmarks.md), one test per class,
 * each on sentences written here for the test, so that the class is tested rather than the public sentence found.
 */
class PublicFailureClassesTest {

    // a Monday
    private static final LocalDate WRITTEN = LocalDate.of(2026, 12, 7);

    private static List<String> infer(String text) {
        return StatementsAsText.of(text, WRITTEN);
    }

    @Test
    void aThemedDayOfSetDesignsIsFlashOnItsDayWithoutTheWordFlash() {
        assertThat(infer("On Dec. 19 the only tattoos done will be semicolons. They are $40 each"))
                .containsExactly("flash 2026-12-19..2026-12-19");
        assertThat(infer("On Friday the 13th we have select sheets only, all small"))
                .containsExactly("flash 2027-08-13..2027-08-13");
        assertThat(infer("Valentine's Day specials this Saturday, walk in and pick one"))
                .containsExactly("flash 2026-12-12..2026-12-12");
        assertThat(infer("The next one is the following Saturday December 19. Doors open at noon with tattoo designs "
                + "for £40 or less"))
                .containsExactly("flash 2026-12-19..2026-12-19");
        // without their day such words are no event: a price list, a sheet, a season
        assertThat(infer("Halloween specials coming soon, select sheets in the shop")).isEmpty();
        assertThat(infer("Black Friday deals on gift vouchers this Friday")).isEmpty();
        assertThat(infer("The only tattoos I do are custom pieces")).isEmpty();
        assertThat(infer("Small designs for £60, ask for a quote")).isEmpty();
    }

    @Test
    void aMonthWrittenShortKeepsItsDayAcrossTheFullStop() {
        assertThat(infer("Flash day on Dec. 19. Walk-ins only")).containsExactly("flash 2026-12-19..2026-12-19");
    }

    @Test
    void aEuropeanDayWithItsFullStopStaysInItsSentence() {
        assertThat(infer("Am Samstag, den 19. Dezember, findet unser Flash Day statt. Kommt vorbei"))
                .containsExactly("flash 2026-12-19..2026-12-19");
        assertThat(infer("Vom 14. bis 16. Januar bin ich als Gast in Berlin"))
                .containsExactly("guest-spot 2027-01-14..2027-01-16 @Berlin");
        assertThat(infer("Flash Day 20.12. ab 11 Uhr")).containsExactly("flash 2026-12-20..2026-12-20");
        // a number that ends a sentence still ends it
        assertThat(infer("Flash day Saturday! Prices from 80. Walk-ins welcome")).containsExactly(
                "flash 2026-12-12..2026-12-12");
    }

    @Test
    void anAmbiguousNumericDateIsReadInTheOrderTheTextShowsOrNotAtAll() {
        // the US writes the month first, the UK the day first; a sibling date over 12 shows the order too
        assertThat(infer("Flash event in the US: come by on 12/10")).containsExactly("flash 2026-12-10..2026-12-10");
        assertThat(infer("Flash event on 12/10 at our Leeds studio, UK")).containsExactly("flash 2027-10-12..2027-10-12");
        assertThat(infer("Flash day on 12/10, the next one on 24/10")).containsExactly("flash 2027-10-12..2027-10-12");
        assertThat(infer("Flash day on 10/12, next one 10/28")).containsExactly("flash 2027-10-12..2027-10-12");
        // nothing shows it: its day is not invented, and the event is not stated without the day it names
        // (UnreadDaysTest)
        assertThat(infer("Flash event on 12/10")).isEmpty();
        // a date both orders read alike needs no evidence; a count is no date
        assertThat(infer("Flash day on 12/12")).containsExactly("flash 2026-12-12..2026-12-12");
        assertThat(infer("Flash day this Saturday, 2/3 spots left")).containsExactly("flash 2026-12-12..2026-12-12");
    }

    @Test
    void aGuestComingToTheWritersStudioIsNotTheirGuestSpot() {
        assertThat(infer("[name] from Berlin is guesting with us 14-16 January")).isEmpty();
        assertThat(infer("Guest spot: [name] joins us 14-16 January, DM the shop")).isEmpty();
        assertThat(infer("So happy to be welcoming guest artist [name] at our studio in Leeds 14-16 January")).isEmpty();
        assertThat(infer("Excited to have @ink.by.jo guesting 14-16 January, DM to book")).isEmpty();
        assertThat(infer("[name] from Berlin is guesting 14-16 January")).isEmpty();
        // the writer's own guest spot still counts
        assertThat(infer("I'm guesting at Black Anchor in Leeds 14-16 January")).containsExactly(
                "guest-spot 2027-01-14..2027-01-16 @Leeds");
        assertThat(infer("Back from Berlin, guesting in Leeds 14-16 January")).containsExactly(
                "guest-spot 2027-01-14..2027-01-16 @Leeds");
        assertThat(infer("I have a guest spot in Leeds 14-16 January")).containsExactly(
                "guest-spot 2027-01-14..2027-01-16 @Leeds");
    }

    @Test
    void slotsOpenForATownAreAGuestSpotThere() {
        assertThat(infer("Two slots left for Bristol, DM me to grab one")).containsExactly("guest-spot .. @Bristol");
        // a month or a weekday after the words is a period, not a place
        assertThat(infer("A few spots open for January")).isEmpty();
        assertThat(infer("Slots available for Saturday")).isEmpty();
        assertThat(infer("Last few spots left for Christmas")).isEmpty();
    }

    @Test
    void theDayTheArtistTravelsIsNotTheConventionsDay() {
        assertThat(infer("Van packed, on the road tomorrow, heading out to Leeds for the Leeds Tattoo Expo. "
                + "Come say hi. See you all this weekend")).containsExactly("guest-spot 2026-12-12..2026-12-13 @Leeds");
        // no later day given: the convention stands without days rather than on the travel day
        assertThat(infer("Flying out tomorrow, heading to Milan for the Milano Tattoo Convention"))
                .containsExactly("guest-spot .. @Milan");
        // a day written with the convention itself is its day
        assertThat(infer("Heading to Milan for the Milano Tattoo Convention this weekend"))
                .containsExactly("guest-spot 2026-12-12..2026-12-13 @Milan");
        assertThat(infer("I'm working the Desert Tattoo Festival in Phoenix, AZ on 1/15-1/17"))
                .containsExactly("guest-spot 2027-01-15..2027-01-17 @Phoenix");
    }

    @Test
    void aFlashEventNamedForItsWeekdayTakesItsRealDay() {
        assertThat(infer("Our monthly flash days are back. Flash Thursday is the first Thursday of every month. "
                + "Next one on 7th January")).containsExactly("flash 2027-01-07..2027-01-07");
        // the weekday in its name is no date, and the name alone ("#FlashFriday" posts) no event
        assertThat(infer("Flash Friday at the shop, pick from the wall")).isEmpty();
    }

    @Test
    void aQuestionAskedStatesNothing() {
        assertThat(infer("\"Are your books open?\" is what I get asked most. Read the FAQ")).isEmpty();
        assertThat(infer("Someone asked me \"do you have any flash available?\" Check the highlights")).isEmpty();
        assertThat(infer("Any guest spots in Leeds coming up? Stay tuned")).isEmpty();
        // a question about the books is never their statement, whatever words open it
        assertThat(infer("FAQ: Are your books open? They open twice a year")).isEmpty();
        assertThat(infer("Accepting new clients? Not right now, sorry")).isEmpty();
        // a question that leads to a statement keeps the statement
        assertThat(infer("Looking for a tattoo? Books are open for January"))
                .containsExactly("books-open 2027-01-01..2027-01-31");
    }

    @Test
    void aStudioDecliningTheEventOrSayingNoFlashNowStatesNone() {
        assertThat(infer("Lots of shops do $13 tattoos on Friday the 13th. We will never participate, custom only"))
                .isEmpty();
        assertThat(infer("New flash goes out to my mailing list first. No flash designs currently available"))
                .isEmpty();
    }

    @Test
    void anEventToldAsPastOnItsOwnDayIsOver() {
        LocalDate friday13th = LocalDate.of(2026, 11, 13);
        List<String> report = StatementsAsText.of("Dozens lined up Friday at the shop for $13 "
                + "tattoos on Friday the 13th. The flash event on Friday raised $4,000 for the shelter", friday13th);
        assertThat(report).isEmpty();
        assertThat(infer("[name] was tattooing at the Leeds Tattoo Convention booth this weekend")).isEmpty();
        // as artists thank and look back after one
        assertThat(infer("Thanks to everyone who came to the flash day")).isEmpty();
        assertThat(infer("Huge thanks to [name] for having me for a guest spot in Bristol")).isEmpty();
        assertThat(infer("Some pics from our flash day on Saturday")).isEmpty();
        assertThat(infer("Back home after an amazing guest spot in Berlin")).isEmpty();
        assertThat(infer("Had the best time guesting at Black Anchor in Leeds")).isEmpty();
        assertThat(infer("Sold out flash day, you lot are the best")).isEmpty();
        assertThat(infer("Done at the flash day last Saturday")).isEmpty();
        assertThat(infer("Thanks for the support! Flash day again this Saturday")).containsExactly(
                "flash 2026-12-12..2026-12-12");
        assertThat(infer("Thanks to [name] for having me, guest spot in Bristol 14-16 January, book now"))
                .containsExactly("guest-spot 2027-01-14..2027-01-16 @Bristol");
        // the photo captions of work done there
        assertThat(infer("Did this at my guest spot in Berlin 12-14 January")).isEmpty();
        assertThat(infer("Fun one from my guest spot in Berlin")).isEmpty();
        assertThat(infer("Drew these for the flash day this Saturday")).containsExactly("flash 2026-12-12..2026-12-12");
        assertThat(infer("Charity flash day hosted by [name] this Saturday")).containsExactly(
                "flash 2026-12-12..2026-12-12");
        // the past of another event does not end a coming one; an artist's own past of the designs is no event's
        assertThat(infer("Last one was a blast, so we are doing it again: flash day this Saturday"))
                .containsExactly("flash 2026-12-12..2026-12-12");
        assertThat(infer("Drew some new flash, all available")).containsExactly("flash ..");
    }

    @Test
    void aGuestSpotSoughtOrLikedInGeneralIsNoneYet() {
        assertThat(infer("Nothing confirmed yet, but I'm trying to sort out a regular guest spot in Bristol")).isEmpty();
        assertThat(infer("Looking for guest spots in Scotland this spring, get in touch")).isEmpty();
        assertThat(infer("Je cherche des guest spots en Bretagne pour mars")).isEmpty();
        assertThat(infer("She loves to do guest spots in different cities")).isEmpty();
        // wanting the reader to come is no search
        assertThat(infer("I'd love to see you at my guest spot in Bristol 14-16 January"))
                .containsExactly("guest-spot 2027-01-14..2027-01-16 @Bristol");
    }

    @Test
    void aClientsAccountOfAnEventIsNoAnnouncement() {
        assertThat(infer("Saw the poster for this flash event, so my sister and I took the train to the shop")).isEmpty();
        assertThat(infer("I got my first tattoo at their flash day on Saturday")).isEmpty();
        // the studio's own invitation still counts
        assertThat(infer("Bring a friend to our flash day on Saturday")).containsExactly("flash 2026-12-12..2026-12-12");
    }

    @Test
    void anEventCalledOffOrOnlyComingSoonOrLongAgoIsNone() {
        assertThat(infer("My guest spot in Leeds got cancelled, sorry all")).isEmpty();
        assertThat(infer("Flash day on Saturday is postponed, new date to follow")).isEmpty();
        assertThat(infer("Books open soon!")).isEmpty();
        assertThat(infer("Previously a guest artist at Sacred Heart in Glasgow")).isEmpty();
        // a cancellation slot is no cancelled event
        assertThat(infer("Had a cancellation, so flash day this Saturday")).containsExactly(
                "flash 2026-12-12..2026-12-12");
    }

    @Test
    void aDateBeyondAnotherStatementsWordsIsThatStatements() {
        // the books closed for a year alone are withheld (RoundCTest); January is the opening's, not theirs
        assertThat(infer("Our books are now closed for 2026; 2027 books open in January")).containsExactly(
                "books-open 2027-01-01..2027-01-31");
        assertThat(infer("Flash day Saturday, guest spot in Leeds next month")).containsExactly(
                "flash 2026-12-12..2026-12-12", "guest-spot 2027-01-01..2027-01-31 @Leeds");
    }

    @Test
    void aPlaceListedAfterAColonIsTheGuestSpots() {
        assertThat(infer("Next guest spot: Manchester, 12/01-14/01")).containsExactly(
                "guest-spot 2027-01-12..2027-01-14 @Manchester");
        // a list of towns with their days is a tour: one guest spot per town (UnreadDaysTest)
        assertThat(infer("Guest spots: Berlin 12-14 Jan, Paris 20-22 Jan")).containsExactly(
                "guest-spot 2027-01-12..2027-01-14 @Berlin", "guest-spot 2027-01-20..2027-01-22 @Paris");
        // a studio listed there is no place, and a guest spot without one is withheld
        assertThat(infer("Guest spot - Ink Factory 12-14 Jan")).isEmpty();
    }

    @Test
    void aConventionNamedAfterItsTownIsThereAndADayRangeMayRepeatThe() {
        assertThat(infer("I'm going to be at the Paris Tattoo Convention (Mondial du Tatouage) March 6-8"))
                .containsExactly("guest-spot 2027-03-06..2027-03-08 @Paris");
        // only next year: too far to hold now, no day known
        assertThat(infer("Come see me at the Paris Tattoo Convention next year")).isEmpty();
        // a convention without its town has no place: withheld
        assertThat(infer("I'll be at the Great British Tattoo Show in May, more details soon")).isEmpty();
        assertThat(infer("I'll be doing a guest spot in Bristol from the 14th to the 16th of January"))
                .containsExactly("guest-spot 2027-01-14..2027-01-16 @Bristol");
    }
}

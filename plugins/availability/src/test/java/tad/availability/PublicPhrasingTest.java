package tad.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tad.plugin.Availability;
import tad.plugin.Availability.Kind;

/**
 * The classes of phrasing that public text (studios' news, the local press, artists' booking pages) showed the
 * rules missing or misreading (docs/benchmarks.md, captions-public sets), each in wordings of our own so that a
 * class is tested rather than the one sentence found.
 */
class PublicPhrasingTest {

    // a Monday
    private static final LocalDate WRITTEN = LocalDate.of(2026, 12, 7);
    private final AvailabilityInferrer inferrer = AvailabilityInferrer.bundled(AvailabilitySettings.DEFAULTS);

    private List<Availability> infer(String text) {
        return inferrer.infer(List.of(new DatedText(text, "caption 1", WRITTEN)), WRITTEN);
    }

    private static String days(Availability a) {
        return a.kind().slug() + " " + a.from().map(Object::toString).orElse("") + ".."
                + a.until().map(Object::toString).orElse("");
    }

    @Test
    void flashOnOfferIsReadWithoutTheWordsFlashDay() {
        assertThat(infer("We're offering $40 flash tattoos all Saturday")).extracting(PublicPhrasingTest::days)
                .containsExactly("flash 2026-12-12..2026-12-12");
        assertThat(infer("Flash designs from the wall for $60 each, this Saturday only"))
                .extracting(PublicPhrasingTest::days).containsExactly("flash 2026-12-12..2026-12-12");
        assertThat(infer("Our artists have prepped flash designs for Saturday")).extracting(Availability::kind)
                .containsExactly(Kind.FLASH);
        assertThat(infer("Pre-drawn winter designs, walk in Saturday and pick one")).extracting(Availability::kind)
                .containsExactly(Kind.FLASH);
        assertThat(infer("Our first flash tattoo event is on Saturday 12th December"))
                .extracting(PublicPhrasingTest::days).containsExactly("flash 2026-12-12..2026-12-12");
    }

    @Test
    void theFridayThe13thSpecialIsAFlashDayOnTheNextFridayThe13th() {
        assertThat(infer("Friday the 13th specials all day, $13 tattoos plus tip"))
                .extracting(PublicPhrasingTest::days).containsExactly("flash 2027-08-13..2027-08-13");
        // said of the day, not announced by anyone: no statement
        assertThat(infer("I was born on Friday the 13th")).isEmpty();
    }

    @Test
    void aFlashEventTakesTheDayGivenInASentenceAround() {
        assertThat(infer("Charity day at the shop on Sunday 13th December. The flash sale is first come, first "
                + "served. All proceeds to the food bank.")).extracting(PublicPhrasingTest::days)
                .containsExactly("flash 2026-12-13..2026-12-13");
        // a period ("for March") is no event's day
        assertThat(infer("Books open for March. Flash sale soon")).extracting(PublicPhrasingTest::days)
                .containsExactly("books-open 2027-03-01..2027-03-31", "flash ..");
    }

    @Test
    void aStatusLineWithPunctuationStillSaysTheBooks() {
        assertThat(infer("Books are currently: **CLOSED**")).extracting(Availability::kind)
                .containsExactly(Kind.BOOKS_CLOSED);
        assertThat(infer("BOOKS — OPEN")).extracting(Availability::kind).containsExactly(Kind.BOOKS_OPEN);
    }

    @Test
    void whatWillOnlyHappenLaterIsNoStatement() {
        assertThat(infer("Join the list to get the form when books open")).isEmpty();
        assertThat(infer("I will send out new flash in a few weeks")).isEmpty();
        assertThat(infer("I'll announce any new guest spots by email")).isEmpty();
        // a plain future is still a statement
        assertThat(infer("I will be guesting in Leeds 14-16 January")).extracting(Availability::kind)
                .containsExactly(Kind.GUEST_SPOT);
    }

    @Test
    void flashDaysToldAsDoneOrInGeneralAreNoStatements() {
        assertThat(infer("Last month we hosted a flash day for the shelter")).isEmpty();
        assertThat(infer("Thanks to all who came to our recent Halloween flash event")).isEmpty();
        assertThat(infer("A flash day is a studio tradition: walk in, pick a design")).isEmpty();
        assertThat(infer("Flash day is this Saturday!")).extracting(PublicPhrasingTest::days)
                .containsExactly("flash 2026-12-12..2026-12-12");
        // "recent" of the designs themselves is no past event
        assertThat(infer("Recent flash, still available to tattoo")).extracting(Availability::kind)
                .containsExactly(Kind.FLASH);
    }

    @Test
    void aRecurringWeekdayIsNoDate() {
        assertThat(infer("Flash day on the first Saturday of every month")).extracting(PublicPhrasingTest::days)
                .containsExactly("flash ..");
    }

    @Test
    void aStudioNamedElsewhereGivesWayToItsTown() {
        assertThat(infer("Slots for my guest spot at Lumen. Book now. Lumen Tattoo · Bristol, UK"))
                .extracting(Availability::place).containsExactly(Optional.of("Bristol"));
        // a studio without its town is no place, and a guest spot without one is withheld
        assertThat(infer("Guest spot at Lumen 14-16 January. Lumen Tattoo is lovely")).isEmpty();
        // a name that is not written as a studio stays the place
        assertThat(infer("Guest spot at Bristol 14-16 January")).extracting(Availability::place)
                .containsExactly(Optional.of("Bristol"));
    }
}

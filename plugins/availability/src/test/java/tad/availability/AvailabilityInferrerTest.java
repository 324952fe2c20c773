package tad.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tad.plugin.Availability;
import tad.plugin.Availability.Kind;

class AvailabilityInferrerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private final AvailabilityInferrer inferrer = AvailabilityInferrer.bundled(AvailabilitySettings.DEFAULTS);

    private static DatedText caption(String text, String written) {
        return new DatedText(text, "caption 1", LocalDate.parse(written));
    }

    private List<Availability> infer(LocalDate today, DatedText... texts) {
        return inferrer.infer(List.of(texts), today);
    }

    @Test
    void aGuestSpotKeepsPlaceDatesEvidenceAndTheDayItWasPosted() {
        List<Availability> found = infer(TODAY, caption("Guesting in Manchester 12–14 Jan! DM to book", "2026-12-01"));

        assertThat(found).containsExactly(new Availability(Kind.GUEST_SPOT, Optional.of(LocalDate.of(2027, 1, 12)),
                Optional.of(LocalDate.of(2027, 1, 14)), Optional.of("Manchester"), "Guesting in Manchester 12–14 Jan",
                "caption 1", LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 14)));
    }

    @Test
    void aGuestSpotOrFlashDayExpiresAfterItsDate() {
        DatedText guest = caption("Guest spot in Glasgow 3-5 Jan", "2026-12-01");
        DatedText flash = caption("Flash day this Saturday ⚡", "2026-12-07");

        assertThat(infer(LocalDate.of(2027, 1, 5), guest)).extracting(Availability::kind)
                .containsExactly(Kind.GUEST_SPOT);
        assertThat(infer(LocalDate.of(2027, 1, 6), guest)).isEmpty();
        assertThat(infer(LocalDate.of(2026, 12, 12), flash)).singleElement()
                .satisfies(a -> assertThat(a.expires()).isEqualTo(LocalDate.of(2026, 12, 12)));
        assertThat(infer(LocalDate.of(2026, 12, 13), flash)).isEmpty();
    }

    @Test
    void booksOpenExpiresSixtyDaysAfterItWasLastSaid() {
        DatedText post = caption("Books are now open! Email me", "2026-11-01");

        assertThat(infer(LocalDate.of(2026, 12, 31), post)).singleElement()
                .satisfies(a -> assertThat(a.expires()).isEqualTo(LocalDate.of(2026, 12, 31)));
        assertThat(infer(LocalDate.of(2027, 1, 1), post)).isEmpty();
        // the bio is read today: it confirms again at every crawl
        assertThat(infer(LocalDate.of(2027, 1, 1), post, new DatedText("Tattooer | books open", "bio",
                LocalDate.of(2027, 1, 1)))).singleElement()
                .satisfies(a -> assertThat(a.source()).isEqualTo("bio"));
    }

    @Test
    void booksOpenForAMonthKeepsThePeriodAndEndsWithIt() {
        Availability march = infer(TODAY, caption("BOOKS OPEN for March 📅 link in bio", "2026-12-05")).getFirst();

        assertThat(march.from()).contains(LocalDate.of(2027, 3, 1));
        assertThat(march.until()).contains(LocalDate.of(2027, 3, 31));
        assertThat(march.expires()).isEqualTo(LocalDate.of(2027, 2, 3)); // 60 days without confirmation
    }

    @Test
    void aLaterBooksClosedEndsAnEarlierBooksOpen() {
        List<Availability> found = infer(TODAY, caption("Books open!", "2026-11-20"),
                caption("Fully booked, thank you all", "2026-12-02"));

        assertThat(found).extracting(Availability::kind).containsExactly(Kind.BOOKS_CLOSED);
    }

    @Test
    void negatedCancelledPastAndOfferedStatementsDoNotCount() {
        assertThat(infer(TODAY, caption("No flash day this month, back in January", "2026-12-01"))).isEmpty();
        assertThat(infer(TODAY, caption("Flash day cancelled due to illness", "2026-12-05"))).isEmpty();
        assertThat(infer(TODAY, caption("Trad swallow, done at last week's flash event", "2026-12-05"))).isEmpty();
        assertThat(infer(TODAY, caption("Available for guest spots worldwide", "2026-12-05"))).isEmpty();
        assertThat(infer(TODAY, caption("Books will open soon for spring", "2026-12-05"))).isEmpty();
        assertThat(infer(TODAY, caption("Leeds | guest spots ✈️", "2026-12-05"))).isEmpty(); // neither where nor when
    }

    @Test
    void undatedFlashDesignsLastLongerThanAnUndatedFlashDay() {
        List<Availability> found = infer(TODAY, caption("New flash up for grabs", "2026-12-01"),
                caption("Flash day soon, watch this space", "2026-12-01"));

        assertThat(found).extracting(Availability::expires)
                .containsExactlyInAnyOrder(LocalDate.of(2027, 1, 30), LocalDate.of(2026, 12, 15));
    }

    /** The known misses of the first held-out sets: relative dates, a studio taken for the town, other languages. */
    @Test
    void readsRelativePeriodsAndAnEndAlone() {
        Availability closed = infer(TODAY, caption("Books are closed till April x", "2026-12-02")).getFirst();
        assertThat(closed.from()).isEmpty();
        assertThat(closed.until()).contains(LocalDate.of(2027, 3, 31));
        Availability guest = infer(TODAY, caption("Guest spotting in Nottingham next month, dates TBC",
                "2026-12-03")).getFirst();
        assertThat(guest.from()).contains(LocalDate.of(2027, 1, 1));
        assertThat(guest.until()).contains(LocalDate.of(2027, 1, 31));
        assertThat(infer(TODAY, caption("Flash day this weekend!", "2026-12-07")).getFirst().from())
                .contains(LocalDate.of(2026, 12, 12));
    }

    @Test
    void aTownBeatsAStudio() {
        assertThat(infer(TODAY, caption("Leeds guest spot 25-27 March at Ink Factory", "2026-12-02")).getFirst()
                .place()).contains("Leeds");
        assertThat(infer(TODAY, caption("Guest spot at Sacred Heart Tattoo, Glasgow 20-22 March", "2026-12-02"))
                .getFirst().place()).contains("Glasgow");
        // a studio alone is no place, and a guest spot without a place is withheld
        assertThat(infer(TODAY, caption("Guest spot @ Ink Factory 20-22 March", "2026-12-02"))).isEmpty();
    }

    @Test
    void readsGermanFrenchSpanishAndItalianBasics() {
        assertThat(infer(TODAY, caption("Termine frei für Januar! Schreibt mir", "2026-12-02")).getFirst())
                .satisfies(a -> assertThat(a.kind()).isEqualTo(Kind.BOOKS_OPEN))
                .satisfies(a -> assertThat(a.until()).contains(LocalDate.of(2027, 1, 31)));
        assertThat(infer(TODAY, caption("Agenda ouvert pour mars ✨", "2026-12-02")).getFirst().from())
                .contains(LocalDate.of(2027, 3, 1));
        assertThat(infer(TODAY, caption("Agenda abierta! Escríbeme", "2026-12-02"))).extracting(Availability::kind)
                .containsExactly(Kind.BOOKS_OPEN);
        assertThat(infer(TODAY, caption("Agenda aperta per febbraio", "2026-12-02"))).extracting(Availability::kind)
                .containsExactly(Kind.BOOKS_OPEN);
        assertThat(infer(TODAY, caption("Flash Day Primavera: Sabato 19 Dicembre", "2026-12-02")).getFirst().from())
                .contains(LocalDate.of(2026, 12, 19));
        assertThat(infer(TODAY, caption("En guest à Lyon du 12 au 14 janvier", "2026-12-02")).getFirst())
                .satisfies(a -> assertThat(a.place()).contains("Lyon"))
                .satisfies(a -> assertThat(a.until()).contains(LocalDate.of(2027, 1, 14)));
        assertThat(infer(TODAY, caption("Leider ausgebucht bis März", "2026-12-02")).getFirst().until())
                .contains(LocalDate.of(2027, 2, 28));
        assertThat(infer(TODAY, caption("Kein Flash Day diesen Monat", "2026-12-02"))).isEmpty();
    }

    /** The crawl names the artist's own studios: a name that is one of them is never a guest spot's place. */
    @Test
    void theArtistsOwnStudioIsNeverThePlace() {
        HomeStudios home = new HomeStudios(List.of("Black Anchor", "Manchester Ink"), List.of("Leeds"));
        DatedText ownShop = caption("Guest spot at Black Anchor 12-14 March with my mate from Bristol", "2026-12-02");
        // two capitalised words after "at" are a business's name, never a town, even without the crawl's studios
        assertThat(inferrer.infer(List.of(ownShop), TODAY)).isEmpty();
        DatedText oneWord = caption("Guest spot at Anchor 12-14 March with my mate from Bristol", "2026-12-02");
        assertThat(inferrer.infer(List.of(oneWord), TODAY)).extracting(a -> a.place().orElse(""))
                .containsExactly("Anchor");
        assertThat(inferrer.infer(List.of(oneWord), TODAY, new HomeStudios(List.of("Anchor"), List.of()))).isEmpty();
        // without a place (the artist's own studio is none) a guest spot is withheld: it may be a guest's at home
        assertThat(inferrer.infer(List.of(ownShop), TODAY, home)).isEmpty();
        assertThat(inferrer.infer(List.of(caption("Black Anchor guest spot 12-14 March", "2026-12-02")), TODAY, home))
                .isEmpty();
        assertThat(inferrer.infer(List.of(caption("Guesting in Manchester 12-14 March", "2026-12-02")), TODAY, home))
                .extracting(a -> a.place().orElse("")).containsExactly("Manchester");
        assertThat(inferrer.infer(List.of(caption("Guest spot at Black Anchor, Leeds 12-14 March", "2026-12-02")),
                TODAY, home)).extracting(a -> a.place().orElse("")).containsExactly("Leeds");
    }

    /** Working a convention away from home is a guest spot; told in the first person or as an invitation. */
    @Test
    void aConventionAwayIsAGuestSpot() {
        assertThat(infer(TODAY, caption("Guesting at the Tattoo Circus convention in Berlin, 12–14 March", "2026-12-02")))
                .singleElement().satisfies(a -> {
                    assertThat(a.kind()).isEqualTo(Kind.GUEST_SPOT);
                    assertThat(a.place()).contains("Berlin");
                    assertThat(a.from()).contains(LocalDate.of(2027, 3, 12));
                });
        assertThat(infer(TODAY, caption("Heading out to Columbus for the Hell City Tattoo Festival 22-23 May",
                "2026-12-02"))).singleElement().satisfies(a -> assertThat(a.place()).contains("Columbus"));
        assertThat(infer(TODAY, caption("I'll be tattooing at the Brighton Tattoo Convention 6-7 February",
                "2026-12-02"))).extracting(Availability::kind).containsExactly(Kind.GUEST_SPOT);
        assertThat(infer(TODAY, caption("Ihr findet mich auf der Tattoo Convention in Hamburg vom 12. bis 14. März",
                "2026-12-02"))).singleElement().satisfies(a -> assertThat(a.place()).contains("Hamburg"));
        assertThat(infer(TODAY, caption("The Brighton Tattoo Convention returns 6-7 February", "2026-12-02")))
                .isEmpty();
    }

    @Test
    void acceptingConsultationsIsBooksOpen() {
        assertThat(infer(TODAY, caption("Now accepting consultations for new projects", "2026-12-02")))
                .extracting(Availability::kind).containsExactly(Kind.BOOKS_OPEN);
        assertThat(infer(TODAY, caption("Taking bookings for February", "2026-12-02"))).singleElement()
                .satisfies(a -> assertThat(a.from()).contains(LocalDate.of(2027, 2, 1)));
        assertThat(infer(TODAY, caption("Not accepting consultations at the moment", "2026-12-02")))
                .extracting(Availability::kind).containsExactly(Kind.BOOKS_CLOSED);
    }
}

package tad.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link SearchReader} adapter passes, on the {@link ContractCorpus}: text, styles, places,
 * facets, sorting, paging, validation, the listing and availability. Subclasses: {@code LuceneSearchReaderTest} (the
 * index in its writing process), {@code ReadOnlyLuceneIndexTest} (read in place beside the writer) and
 * {@code OpenSearchSearchIndexIT.Reads}.
 */
public abstract class SearchReaderContract extends SearchContractSetup {

    // ---- text ----

    @Test
    void keywordFindsAWordInTheBio() {
        assertThat(ids(q().text("mandala"))).containsExactly("a05");
    }

    @Test
    void keywordMatchesOtherFormsOfTheWord() {
        assertThat(ids(q().text("portrait"))).containsExactly("a04", "a16");
    }

    @Test
    void keywordToleratesTypos() {
        assertThat(ids(q().text("mandla"))).containsExactly("a05");
        assertThat(ids(q().text("Hargreves"))).containsExactly("a03");
        assertThat(ids(q().text("zielinsky"))).containsExactly("a09");
    }

    @Test
    void keywordMatchesPrefixesAsYouType() {
        assertThat(ids(q().text("zeph"))).containsExactly("a01", "a02", "a11");
        assertThat(ids(q().text("hargr"))).containsExactly("a03");
    }

    @Test
    void everyQueryWordMustMatch() {
        assertThat(ids(q().text("lena realism"))).containsExactly("a04");
        assertThat(ids(q().text("the lena"))).containsExactly("a04");
    }

    @Test
    void keywordIgnoresCaseAndAccents() {
        assertThat(ids(q().text("JOSE ALVAREZ"))).containsExactly("a07");
        assertThat(ids(q().text("Álvarez"))).containsExactly("a07");
    }

    @Test
    void handleIsFoundWholeOrByItsWords() {
        assertThat(ids(q().text("sam.inks"))).containsExactly("a01");
        assertThat(ids(q().text("saminks"))).containsExactly("a01");
    }

    @Test
    void nameMatchesRankAboveBioMatches() {
        // "Blackwood" (name) is a prefix match for a01; the others only have "blackwork" in labels or bio
        List<String> ids = ids(q().text("blackwo").size(100));
        assertThat(ids).first().isEqualTo("a01");
        assertThat(ids(q().text("ink").size(5)))
                .containsExactly(RANKED_INK.toArray(String[]::new));
    }

    /**
     * "ink" in the handle (8) and in the studio name (4), plus prefix (2) and typo (1) matches: a01 and a11 score 15;
     * handle only (a07, a14, a23) 11; studio only 7. Ties in artistId order.
     */
    static final List<String> RANKED_INK = List.of("a01", "a11", "a07", "a14", "a23");

    // ---- styles ----

    @Test
    void stylesCombineWithOrAndMoreMatchesRankHigher() {
        assertThat(ids(q().style("realism", "japanese")))
                .containsExactly("a07", "a12", "a25", "a27", "a04", "a06", "a16", "a17", "a19", "a21");
    }

    @Test
    void stylesAndCityCombineWithAnd() {
        assertThat(ids(q().style("realism", "japanese").city("leeds")))
                .containsExactly("a07", "a12", "a04", "a06");
    }

    @Test
    void textAndStyleScoresAddUp() {
        // a01 27 (ink 15 + both styles 12), a11 21 (15 + 6), a15 19 (studio "Ink" 7 + 12), a23 17 (handle 11 + 6),
        // a19, a26, a29 13 (studio 7 + 6), a04 7 ("in" is one typo from "ink": 1 + 6)
        assertThat(ids(q().text("ink").style("blackwork", "dotwork").size(100)))
                .containsExactly(TEXT_AND_STYLES.toArray(String[]::new));
    }

    static final List<String> TEXT_AND_STYLES = List.of("a01", "a11", "a15", "a23", "a19", "a26", "a29", "a04");

    // ---- places ----

    @Test
    void cityIgnoresCaseAndSpaces() {
        assertThat(ids(q().city("  LEEDS ").size(100))).containsExactlyElementsOf(
                corpusIds(a -> a.city().equals("Leeds")));
    }

    @Test
    void nearWithRadiusSortedByDistance() {
        assertThat(ids(q().near(LEEDS_LAT, LEEDS_LNG, 5.0).sort(SortOrder.DISTANCE)))
                .containsExactly("a01", "a02", "a03", "a04", "a09", "a06", "a07", "a05", "a10");
    }

    @Test
    void distanceSortPutsArtistsWithoutLocationLast() {
        assertThat(ids(q().city("Leeds").near(LEEDS_LAT, LEEDS_LNG, null).sort(SortOrder.DISTANCE).size(100)))
                .containsExactly("a01", "a02", "a03", "a04", "a09", "a06", "a07", "a05", "a10", "a08", "a12", "a11", "a30");
    }

    @Test
    void boundingBoxKeepsArtistsInside() {
        assertThat(ids(q().bbox(-1.2, 53.9, -1.0, 54.0))).containsExactly("a18", "a19", "a20", "a21", "a22");
    }

    // ---- facets ----

    @Test
    void facetsCountStylesUnderEveryFilterButTheStyleFilter() {
        SearchResult result = reader.search(q().style("realism").bbox(-1.2, 53.9, -1.0, 54.0).build());
        assertThat(ids(result)).containsExactly("a19", "a21");
        assertThat(result.total()).isEqualTo(2);
        assertThat(result.styleFacets()).isEqualTo(facetsOf(a -> a.city().equals("York")));
        assertThat(List.copyOf(result.styleFacets().keySet())).startsWith("realism"); // the most frequent first
    }

    @Test
    void facetsFollowTheTextQuery() {
        SearchResult result = reader.search(q().text("zeph").style("blackwork").build());
        assertThat(ids(result)).containsExactly("a01", "a11");
        assertThat(result.styleFacets()).isEqualTo(Map.of(
                "blackwork", 2L, "dotwork", 1L, "fine-line", 1L, "watercolour", 1L, "geometric", 1L));
    }

    @Test
    void facetsWithoutFiltersCountEveryArtist() {
        assertThat(reader.search(q().build()).styleFacets()).isEqualTo(facetsOf(a -> true));
    }

    // ---- sorting and paging ----

    @Test
    void updatedSortPutsTheMostRecentFirst() {
        List<String> expected = ContractCorpus.artists().stream()
                .sorted(Comparator.comparing(ArtistDocument::updatedAt, Comparator.<Instant>reverseOrder()))
                .map(ArtistDocument::artistId).toList();
        assertThat(ids(q().sort(SortOrder.UPDATED).size(100))).containsExactlyElementsOf(expected);
    }

    @Test
    void withoutTextOrStylesAllArtistsTieAndComeInIdOrder() {
        SearchResult result = reader.search(q().size(100).build());
        assertThat(result.total()).isEqualTo(30);
        assertThat(ids(result)).containsExactlyElementsOf(corpusIds(a -> true));
    }

    @Test
    void pagesTileTheWholeResult() {
        List<String> all = ids(q().sort(SortOrder.UPDATED).size(100));
        List<String> paged = new java.util.ArrayList<>();
        for (int page = 1; page <= 5; page++) {
            SearchResult result = reader.search(q().sort(SortOrder.UPDATED).page(page).size(7).build());
            assertThat(result.total()).isEqualTo(30);
            assertThat(result.page()).isEqualTo(page);
            assertThat(result.size()).isEqualTo(7);
            paged.addAll(ids(result));
        }
        assertThat(paged).isEqualTo(all);
        assertThat(reader.search(q().page(6).size(7).build()).items()).isEmpty();
    }

    @Test
    void itemsCarryWhatTheApiShows() {
        ArtistDocument ollie = byId("a05");
        assertThat(reader.search(q().text("ollie").build()).items()).containsExactly(ollie.toHit());
        ArtistDocument noor = byId("a30");
        assertThat(reader.search(q().text("noor").build()).items()).containsExactly(noor.toHit());
    }

    // ---- validation ----

    @Test
    void invalidQueriesNameTheParameter() {
        assertInvalid("size", () -> q().size(0).build());
        assertInvalid("size", () -> q().size(101).build());
        assertInvalid("page", () -> q().page(0).build());
        assertInvalid("page", () -> q().page(101).size(100).build());
        assertInvalid("radiusKm", () -> new ArtistQuery(null, null, null, null, 5.0, null, null, 1, 20));
        assertInvalid("radiusKm", () -> q().near(LEEDS_LAT, LEEDS_LNG, 0.0).build());
        assertInvalid("sort", () -> q().sort(SortOrder.DISTANCE).build());
        assertInvalid("sort", () -> SortOrder.parse("cheapest"));
        assertInvalid("style", () -> q().style("Black Work").build());
        assertInvalid("q", () -> q().text("x".repeat(201)).build());
        assertThat(q().page(100).size(100).build().offset()).isEqualTo(9_900);
    }

    // ---- listing (the sitemap) ----

    @Test
    void listingGivesEveryArtistInIdOrderWithTheUpdateTime() {
        List<ListedArtist> all = new java.util.ArrayList<>();
        String after = "";
        for (List<ListedArtist> slice = reader.listing(after, 7); !slice.isEmpty(); slice = reader.listing(after, 7)) {
            assertThat(slice.size()).isLessThanOrEqualTo(7);
            all.addAll(slice);
            after = slice.getLast().artistId();
        }
        assertThat(all).containsExactlyElementsOf(ContractCorpus.artists().stream()
                .sorted(Comparator.comparing(ArtistDocument::artistId))
                .map(a -> new ListedArtist(a.artistId(), a.updatedAt())).toList());
        assertThat(reader.listing("a29", 100)).extracting(ListedArtist::artistId).containsExactly("a30");
        assertThat(reader.listing("a1", 3)).extracting(ListedArtist::artistId).containsExactly("a10", "a11", "a12");
        assertThatThrownBy(() -> reader.listing("", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> reader.listing("", ArtistQuery.MAX_WINDOW + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ---- availability: judged against the query's day, not the day of indexing ----

    @Test
    void availabilityFilterKeepsArtistsWithAStatementHoldingOnTheQueryDay() {
        indexAvailability();
        assertThat(ids(q().availability("flash").today(DEC_7))).containsExactly("a01");
        assertThat(ids(q().availability("flash", "guest-spot").today(DEC_7))).containsExactly("a01", "a02");
        assertThat(ids(q().availability("books-open").today(DEC_7))).isEmpty(); // said too long ago
        assertThat(ids(q().availability("flash").today(DEC_7.plusDays(6)))).isEmpty(); // the flash day is over
        assertThat(ids(q().availability("guest-spot").today(java.time.LocalDate.of(2027, 1, 14)))).containsExactly("a02");
        assertThat(ids(q().availability("guest-spot").today(java.time.LocalDate.of(2027, 1, 15)))).isEmpty(); // over
        assertThat(ids(q().availability("guest-spot").style("realism").today(DEC_7))).isEmpty();
    }

    @Test
    void availabilityFacetsCountEveryFilterButTheirOwn() {
        indexAvailability();
        SearchResult all = reader.search(q().availability("flash").today(DEC_7).build());
        assertThat(all.availabilityFacets()).containsExactly(Map.entry("flash", 1L), Map.entry("guest-spot", 1L));
        assertThat(all.styleFacets()).isEqualTo(facetsOf(a -> a.artistId().equals("a01")));
        SearchResult later = reader.search(q().today(DEC_7.plusDays(6)).build());
        assertThat(later.availabilityFacets()).containsExactly(Map.entry("guest-spot", 1L));
    }

    @Test
    void itemsShowOnlyTheStatementsHoldingOnTheQueryDay() {
        indexAvailability();
        ArtistHit a02 = reader.search(q().availability("guest-spot").today(DEC_7).build()).items().getFirst();
        assertThat(a02.availability()).containsExactly(GUEST_SPOT);
        ArtistHit a03 = reader.search(q().text(byId("a03").name()).today(DEC_7).build()).items().getFirst();
        assertThat(a03.id()).isEqualTo("a03");
        assertThat(a03.availability()).isEmpty();
        assertInvalid("availability", () -> q().availability("walk-ins").build());
    }

    private static final java.time.LocalDate DEC_7 = java.time.LocalDate.of(2026, 12, 7);
    private static final AvailabilityEntry GUEST_SPOT = new AvailabilityEntry("guest-spot",
            java.time.LocalDate.of(2027, 1, 12), java.time.LocalDate.of(2027, 1, 14), "Manchester",
            "Guesting in Manchester 12-14 Jan", java.time.LocalDate.of(2027, 1, 14),
            new tad.plugin.GeoPoint(53.48, -2.24));

    /** a01: a flash day on 12 Dec; a02: a guest spot in January; a03: books open said too long ago. */
    private void indexAvailability() {
        java.time.LocalDate flashDay = java.time.LocalDate.of(2026, 12, 12);
        writer.upsert(withAvailability(byId("a01"), new AvailabilityEntry("flash", flashDay, flashDay, null,
                "Flash day Saturday 12th", flashDay, null)));
        writer.upsert(withAvailability(byId("a02"), GUEST_SPOT));
        writer.upsert(withAvailability(byId("a03"), new AvailabilityEntry("books-open", null, null, null,
                "Books open", java.time.LocalDate.of(2026, 12, 1), null)));
        refresh();
    }

    private static ArtistDocument withAvailability(ArtistDocument d, AvailabilityEntry... entries) {
        return new ArtistDocument(d.artistId(), d.name(), d.instagramHandle(), d.bio(), d.studioNames(), d.city(),
                d.country(), d.location(), d.styles(), d.styleLabels(), d.thumbnailUrl(), d.studio(), d.updatedAt(),
                List.of(entries));
    }
}

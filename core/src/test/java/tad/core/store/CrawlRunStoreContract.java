package tad.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tad.core.domain.CrawlReport;
import tad.core.domain.ProfileAges;
import tad.core.domain.SitePages;

/** The behaviour every {@link CrawlRunStore} adapter must have. */
public abstract class CrawlRunStoreContract {

    protected abstract CrawlRunStore store();

    private static CrawlReport report(String id, int minutes, CrawlReport.Status status) {
        return new CrawlReport(id, "Leeds", Fixtures.T0.plusSeconds(60L * minutes),
                status == CrawlReport.Status.RUNNING ? Optional.empty()
                        : Optional.of(Fixtures.T0.plusSeconds(60L * minutes + 30)),
                status, 7, 85, 70, 15, 30, 30, 0, 0, 1, 0, new ProfileAges(20, 5, 2, 1, 2), Map.of("PRIVATE", 1),
                new SitePages(4, 41));
    }

    @Test
    void reportsListNewestFirstAndRoundTrip() {
        store().saveReport(report("r1", 0, CrawlReport.Status.COMPLETED));
        store().saveReport(report("r2", 10, CrawlReport.Status.COMPLETED));
        assertThat(store().recentReports(10)).extracting(CrawlReport::runId).containsExactly("r2", "r1");
        assertThat(store().recentReports(1).get(0)).isEqualTo(report("r2", 10, CrawlReport.Status.COMPLETED));
    }

    @Test
    void theNewestRunningRunIsUnfinishedUntilCompleted() {
        store().saveReport(report("r1", 0, CrawlReport.Status.COMPLETED));
        store().saveReport(report("r2", 10, CrawlReport.Status.RUNNING));
        assertThat(store().unfinished("Leeds")).map(CrawlReport::runId).contains("r2");
        assertThat(store().unfinished("York")).isEmpty();
        store().saveReport(report("r2", 10, CrawlReport.Status.COMPLETED));
        assertThat(store().unfinished("Leeds")).isEmpty();
    }

    @Test
    void anInterruptedRunIsUnfinishedToo() {
        store().saveReport(report("r1", 0, CrawlReport.Status.COMPLETED));
        store().saveReport(report("r2", 10, CrawlReport.Status.INTERRUPTED));
        assertThat(store().unfinished("Leeds")).map(CrawlReport::runId).contains("r2");
        assertThat(store().unfinished("Leeds")).map(CrawlReport::profileAges).contains(new ProfileAges(20, 5, 2, 1, 2));
    }

    @Test
    void aRunIsFoundByItsIdHoweverManyRunsThereAre() {
        for (int i = 0; i < 60; i++) {
            store().saveReport(report("old-" + i, i, CrawlReport.Status.COMPLETED));
        }
        store().saveReport(report("r-first", -10, CrawlReport.Status.RUNNING));
        assertThat(store().report("r-first")).contains(report("r-first", -10, CrawlReport.Status.RUNNING));
        store().saveReport(report("r-first", -10, CrawlReport.Status.COMPLETED));
        assertThat(store().report("r-first")).map(CrawlReport::status).contains(CrawlReport.Status.COMPLETED);
        assertThat(store().report("no-such-run")).isEmpty();
    }

    @Test
    void progressMarksArePerRun() {
        store().markDone("r1", "studio:s1");
        assertThat(store().isDone("r1", "studio:s1")).isTrue();
        assertThat(store().isDone("r2", "studio:s1")).isFalse();
        assertThat(store().isDone("r1", "studio:s2")).isFalse();
    }

    @Test
    void tallyAddsUpWhatEveryJobAddsEvenConcurrently() throws Exception {
        assertThat(store().tally("r1")).isEqualTo(RunTally.NONE);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<?>> adds = new java.util.ArrayList<>();
            for (int i = 0; i < 20; i++) {
                adds.add(pool.submit(() -> store().addTally("r1",
                        new RunTally(5, 1, 3, 2, 1, 0, 1, Map.of("TIMEOUT", 1), new SitePages(2, 3)))));
            }
            for (var add : adds) {
                add.get();
            }
        } finally {
            pool.shutdownNow();
        }
        store().addTally("r1", new RunTally(0, 0, 0, 0, 0, 0, 0, Map.of("PRIVATE", 2)));
        store().addTally("r1", RunTally.NONE);
        assertThat(store().tally("r1")).isEqualTo(new RunTally(100, 20, 60, 40, 20, 0, 20,
                Map.of("TIMEOUT", 20, "PRIVATE", 2), new SitePages(40, 60)));
        assertThat(store().tally("r2")).isEqualTo(RunTally.NONE);
    }

    @Test
    void oneJobPerRunOwnsAnArtistAndLearnsWhichStudiosListedThem() {
        assertThat(store().claimArtist("r1", "a1", "s1")).isEqualTo(ArtistClaim.HANDLE);
        assertThat(store().claimArtist("r1", "a1", "s2")).isEqualTo(ArtistClaim.LEFT_TO_OWNER);
        assertThat(store().claimArtist("r1", "a1", "s1")).as("the owner's job redelivered").isEqualTo(ArtistClaim.HANDLE);
        assertThat(store().claimArtist("r2", "a1", "s2")).as("another run").isEqualTo(ArtistClaim.HANDLE);

        assertThat(store().artistWritten("r1", "a1")).containsExactlyInAnyOrder("s1", "s2");
        assertThat(store().claimArtist("r1", "a1", "s3")).as("after the owner wrote").isEqualTo(ArtistClaim.LINK_NOW);

        store().clearClaims("r1");
        assertThat(store().claimArtist("r1", "a1", "s3")).as("claims cleared").isEqualTo(ArtistClaim.HANDLE);
        assertThat(store().claimArtist("r2", "a1", "s4")).as("other runs keep theirs")
                .isEqualTo(ArtistClaim.LEFT_TO_OWNER);
    }

    @Test
    void concurrentClaimsElectExactlyOneOwner() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<ArtistClaim>> claims = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String studio = "s" + i;
                claims.add(pool.submit(() -> store().claimArtist("r1", "a1", studio)));
            }
            int owners = 0;
            for (var claim : claims) {
                owners += claim.get() == ArtistClaim.HANDLE ? 1 : 0;
            }
            assertThat(owners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(store().artistWritten("r1", "a1")).hasSize(6);
    }
}

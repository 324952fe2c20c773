package tad.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tad.core.domain.CrawlReport;

/** The behaviour every {@link CrawlRunStore} adapter must have. */
public abstract class CrawlRunStoreContract {

    protected abstract CrawlRunStore store();

    private static CrawlReport report(String id, int minutes, CrawlReport.Status status) {
        return new CrawlReport(id, "Leeds", Fixtures.T0.plusSeconds(60L * minutes),
                status == CrawlReport.Status.RUNNING ? Optional.empty()
                        : Optional.of(Fixtures.T0.plusSeconds(60L * minutes + 30)),
                status, 7, 85, 15, 30, 30, 0, 0, 1, 0, Map.of("PRIVATE", 1));
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
    void progressMarksArePerRun() {
        store().markDone("r1", "studio:s1");
        assertThat(store().isDone("r1", "studio:s1")).isTrue();
        assertThat(store().isDone("r2", "studio:s1")).isFalse();
        assertThat(store().isDone("r1", "studio:s2")).isFalse();
    }
}

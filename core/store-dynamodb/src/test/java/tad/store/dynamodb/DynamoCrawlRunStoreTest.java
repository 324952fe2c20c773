package tad.store.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tad.core.domain.CrawlReport;
import tad.core.store.CrawlRunStore;
import tad.core.store.CrawlRunStoreContract;
import tad.core.store.RunTally;

/** The CrawlRunStore contract on DynamoDB Local (the same suite would run unchanged against AWS). */
class DynamoCrawlRunStoreTest extends CrawlRunStoreContract {
    private DynamoConnection connection;
    private CrawlRunStore store;

    @BeforeEach
    void open() {
        connection = DynamoLocal.freshTable();
        store = new DynamoCrawlRunStore(connection);
    }

    @AfterEach
    void close() {
        connection.close();
    }

    @Override
    protected CrawlRunStore store() {
        return store;
    }

    /**
     * Runs stored before studios without a website had their own count carry them as the failure NO_WEBSITE (the
     * item below is what the store wrote then, attribute for attribute): read back, they are that count and no
     * failure, in the report and in a tally of jobs still in flight.
     */
    @Test
    void recordsWrittenBeforeTheNoWebsiteCountReadItBackFromTheirFailures() {
        String sk = "RUN#2026-12-01T03:00:00Z#old-run";
        connection.client().putItem(b -> b.tableName(connection.table()).item(Map.ofEntries(
                Map.entry("PK", s("CRAWLS")), Map.entry("SK", s(sk)), Map.entry("entityType", s("crawl")),
                Map.entry("runId", s("old-run")), Map.entry("area", s("Leeds")),
                Map.entry("startedAt", s("2026-12-01T03:00:00Z")), Map.entry("finishedAt", s("2026-12-01T03:40:00Z")),
                Map.entry("status", s("COMPLETED")), Map.entry("placesRequests", n(10)),
                Map.entry("studiosFound", n(85)), Map.entry("sitesCrawled", n(15)), Map.entry("artistsFound", n(33)),
                Map.entry("artistsNew", n(31)), Map.entry("artistsUpdated", n(0)), Map.entry("artistsUnchanged", n(0)),
                Map.entry("skippedDenylisted", n(1)), Map.entry("artistsStale", n(0)),
                Map.entry("profileAges", s("{\"under24h\":29,\"under48h\":0,\"under7d\":0,\"older\":0,"
                        + "\"neverFetched\":4}")),
                Map.entry("failuresByReason", s("{\"NO_WEBSITE\":70,\"NOT_PROFESSIONAL\":4,\"ROBOTS_DISALLOWED\":4}")),
                Map.entry("pagesChanged", n(40)), Map.entry("pagesUnchanged", n(0)))));
        connection.client().putItem(b -> b.tableName(connection.table()).item(Map.of("PK", s("RUN#old-run"),
                "SK", s("REPORT"), "entityType", s("report-pointer"), "reportSk", s(sk))));
        connection.client().putItem(b -> b.tableName(connection.table()).item(Map.of("PK", s("RUN#old-run"),
                "SK", s("TALLY"), "sitesCrawled", n(2), "failure_NO_WEBSITE", n(3), "failure_TIMEOUT", n(1))));

        CrawlReport old = store.report("old-run").orElseThrow();

        assertThat(old.studiosWithoutWebsite()).isEqualTo(70);
        assertThat(old.failuresByReason()).containsOnly(Map.entry("NOT_PROFESSIONAL", 4),
                Map.entry("ROBOTS_DISALLOWED", 4));
        assertThat(old.failed()).isEqualTo(8);
        assertThat(old.profileAges().total()).isEqualTo(33);
        assertThat(store.recentReports(1)).containsExactly(old);
        RunTally tally = store.tally("old-run");
        assertThat(tally.studiosWithoutWebsite()).isEqualTo(3);
        assertThat(tally.failuresByReason()).containsOnly(Map.entry("TIMEOUT", 1));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(int value) {
        return AttributeValue.fromN(Integer.toString(value));
    }
}

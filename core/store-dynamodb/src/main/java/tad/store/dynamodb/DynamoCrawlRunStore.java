package tad.store.dynamodb;

import static tad.store.dynamodb.Attrs.n;
import static tad.store.dynamodb.Attrs.s;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tad.core.domain.CrawlReport;
import tad.core.store.CrawlRunStore;

/**
 * Crawl reports in one partition ({@code PK=CRAWLS, SK=RUN#<startedAt>#<runId>}, newest last in key order) and
 * progress marks per run ({@code PK=RUN#<runId>, SK=DONE#<unit>}).
 */
public final class DynamoCrawlRunStore implements CrawlRunStore {
    private final Table table;

    public DynamoCrawlRunStore(DynamoConnection connection) {
        this.table = new Table(connection.client(), connection.table());
    }

    @Override
    public void saveReport(CrawlReport r) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(Keys.PK, s(Keys.CRAWLS_PARTITION));
        item.put(Keys.SK, s(Keys.RUN + r.startedAt() + "#" + r.runId()));
        item.put(Keys.ENTITY, s("crawl"));
        item.put("runId", s(r.runId()));
        item.put("area", s(r.area()));
        item.put("startedAt", s(r.startedAt().toString()));
        r.finishedAt().ifPresent(t -> item.put("finishedAt", s(t.toString())));
        item.put("status", s(r.status().name()));
        item.put("placesRequests", n(r.placesRequests()));
        item.put("studiosFound", n(r.studiosFound()));
        item.put("sitesCrawled", n(r.sitesCrawled()));
        item.put("artistsFound", n(r.artistsFound()));
        item.put("artistsNew", n(r.artistsNew()));
        item.put("artistsUpdated", n(r.artistsUpdated()));
        item.put("artistsUnchanged", n(r.artistsUnchanged()));
        item.put("skippedDenylisted", n(r.skippedDenylisted()));
        item.put("artistsStale", n(r.artistsStale()));
        item.put("failuresByReason", s(Json.write(r.failuresByReason())));
        table.put(item);
    }

    @Override
    public List<CrawlReport> recentReports(int limit) {
        return table.queryAll(Keys.CRAWLS_PARTITION, Keys.RUN, false).stream().limit(limit)
                .map(DynamoCrawlRunStore::fromItem).toList();
    }

    @Override
    public Optional<CrawlReport> unfinished(String area) {
        return table.queryAll(Keys.CRAWLS_PARTITION, Keys.RUN, false).stream()
                .map(DynamoCrawlRunStore::fromItem)
                .filter(r -> r.area().equals(area))
                .findFirst()
                .filter(r -> r.status() == CrawlReport.Status.RUNNING);
    }

    @Override
    public void markDone(String runId, String unit) {
        table.put(Map.of(Keys.PK, s(Keys.RUN + runId), Keys.SK, s(Keys.DONE + unit), Keys.ENTITY, s("progress")));
    }

    @Override
    public boolean isDone(String runId, String unit) {
        return table.get(Map.of(Keys.PK, s(Keys.RUN + runId), Keys.SK, s(Keys.DONE + unit))).isPresent();
    }

    private static CrawlReport fromItem(Map<String, AttributeValue> i) {
        return new CrawlReport(
                Attrs.str(i, "runId"), Attrs.str(i, "area"), Instant.parse(Attrs.str(i, "startedAt")),
                Attrs.optStr(i, "finishedAt").map(Instant::parse),
                CrawlReport.Status.valueOf(Attrs.str(i, "status")),
                (int) Attrs.num(i, "placesRequests", 0), (int) Attrs.num(i, "studiosFound", 0),
                (int) Attrs.num(i, "sitesCrawled", 0), (int) Attrs.num(i, "artistsFound", 0),
                (int) Attrs.num(i, "artistsNew", 0), (int) Attrs.num(i, "artistsUpdated", 0),
                (int) Attrs.num(i, "artistsUnchanged", 0), (int) Attrs.num(i, "skippedDenylisted", 0),
                (int) Attrs.num(i, "artistsStale", 0),
                Json.read(Attrs.str(i, "failuresByReason"), new TypeReference<Map<String, Integer>>() { }));
    }
}

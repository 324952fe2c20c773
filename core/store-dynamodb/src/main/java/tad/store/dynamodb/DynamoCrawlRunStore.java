package tad.store.dynamodb;

import static tad.store.dynamodb.Attrs.n;
import static tad.store.dynamodb.Attrs.s;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import tad.core.domain.CrawlReport;
import tad.core.domain.ProfileAges;
import tad.core.domain.SitePages;
import tad.core.store.ArtistClaim;
import tad.core.store.CrawlRunStore;
import tad.core.store.RunTally;

/**
 * Crawl reports in one partition ({@code PK=CRAWLS, SK=RUN#<startedAt>#<runId>}, newest last in key order) and
 * progress marks per run ({@code PK=RUN#<runId>, SK=DONE#<unit>}), the jobs' summed counts
 * ({@code SK=TALLY}, numbers added with {@code ADD}) and artist claims ({@code SK=CLAIM#<artistId>}: the owning
 * studio job, the studios that listed the artist, whether the owner has written it). Claims and tallies are single
 * conditional or {@code ADD} updates, so workers on several machines never lose each other's writes.
 */
public final class DynamoCrawlRunStore implements CrawlRunStore {
    private static final String TALLY = "TALLY";
    private static final String CLAIM = "CLAIM#";
    private static final String FAILURE = "failure_";
    private static final String PAGES_CHANGED = "pagesChanged";
    private static final String PAGES_UNCHANGED = "pagesUnchanged";
    private static final String WITHOUT_WEBSITE = "studiosWithoutWebsite";
    /**
     * Records written before studios without a website had their own count (December 2026) carry them as this
     * failure reason: read back, they are moved to that count, so old runs do not show them as failures either.
     */
    private static final String LEGACY_NO_WEBSITE = "NO_WEBSITE";
    /** {@code PK=RUN#<runId>, SK=REPORT}: where a run's report is, so that it is found by key. */
    private static final String REPORT = "REPORT";
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
        item.put(WITHOUT_WEBSITE, n(r.studiosWithoutWebsite()));
        item.put("sitesCrawled", n(r.sitesCrawled()));
        item.put("artistsFound", n(r.artistsFound()));
        item.put("artistsNew", n(r.artistsNew()));
        item.put("artistsUpdated", n(r.artistsUpdated()));
        item.put("artistsUnchanged", n(r.artistsUnchanged()));
        item.put("skippedDenylisted", n(r.skippedDenylisted()));
        item.put("artistsStale", n(r.artistsStale()));
        item.put("profileAges", s(Json.write(r.profileAges())));
        item.put("failuresByReason", s(Json.write(r.failuresByReason())));
        item.put(PAGES_CHANGED, n(r.sitePages().changed()));
        item.put(PAGES_UNCHANGED, n(r.sitePages().unchanged()));
        table.batchWrite(List.of(item, Map.of(Keys.PK, s(Keys.RUN + r.runId()), Keys.SK, s(REPORT),
                Keys.ENTITY, s("report-pointer"), "reportSk", item.get(Keys.SK))), List.of());
    }

    @Override
    public Optional<CrawlReport> report(String runId) {
        return table.get(Map.of(Keys.PK, s(Keys.RUN + runId), Keys.SK, s(REPORT)))
                .flatMap(pointer -> table.get(Map.of(Keys.PK, s(Keys.CRAWLS_PARTITION), Keys.SK, pointer.get("reportSk"))))
                .map(DynamoCrawlRunStore::fromItem);
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
                .filter(r -> r.status().unfinished());
    }

    @Override
    public void markDone(String runId, String unit) {
        table.put(Map.of(Keys.PK, s(Keys.RUN + runId), Keys.SK, s(Keys.DONE + unit), Keys.ENTITY, s("progress")));
    }

    @Override
    public boolean isDone(String runId, String unit) {
        return table.get(Map.of(Keys.PK, s(Keys.RUN + runId), Keys.SK, s(Keys.DONE + unit))).isPresent();
    }

    @Override
    public void addTally(String runId, RunTally t) {
        if (t.isEmpty()) {
            return;
        }
        Map<String, AttributeValue> adds = new TreeMap<>();
        adds.put(WITHOUT_WEBSITE, n(t.studiosWithoutWebsite()));
        adds.put("sitesCrawled", n(t.sitesCrawled()));
        adds.put("artistsFound", n(t.artistsFound()));
        adds.put("artistsNew", n(t.artistsNew()));
        adds.put("artistsUpdated", n(t.artistsUpdated()));
        adds.put("artistsUnchanged", n(t.artistsUnchanged()));
        adds.put("skippedDenylisted", n(t.skippedDenylisted()));
        adds.put(PAGES_CHANGED, n(t.sitePages().changed()));
        adds.put(PAGES_UNCHANGED, n(t.sitePages().unchanged()));
        // reasons are enum names: safe as attribute names, and top-level numbers are what ADD can sum atomically
        t.failuresByReason().forEach((reason, count) -> adds.put(FAILURE + reason, n(count)));
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        StringBuilder expression = new StringBuilder("ADD ");
        int i = 0;
        for (var add : adds.entrySet()) {
            names.put("#a" + i, add.getKey());
            values.put(":v" + i, add.getValue());
            expression.append(i == 0 ? "" : ", ").append("#a").append(i).append(" :v").append(i);
            i++;
        }
        table.client().updateItem(UpdateItemRequest.builder().tableName(table.name()).key(tallyKey(runId))
                .updateExpression(expression.toString()).expressionAttributeNames(names)
                .expressionAttributeValues(values).build());
    }

    @Override
    public RunTally tally(String runId) {
        return table.get(tallyKey(runId)).map(i -> {
            Map<String, Integer> failures = new TreeMap<>();
            i.forEach((name, value) -> {
                if (name.startsWith(FAILURE)) {
                    failures.put(name.substring(FAILURE.length()), Integer.parseInt(value.n()));
                }
            });
            int withoutWebsite = (int) Attrs.num(i, WITHOUT_WEBSITE, 0) + legacyNoWebsite(failures);
            return new RunTally(withoutWebsite, (int) Attrs.num(i, "sitesCrawled", 0),
                    (int) Attrs.num(i, "artistsFound", 0),
                    (int) Attrs.num(i, "artistsNew", 0), (int) Attrs.num(i, "artistsUpdated", 0),
                    (int) Attrs.num(i, "artistsUnchanged", 0), (int) Attrs.num(i, "skippedDenylisted", 0), failures,
                    sitePages(i));
        }).orElse(RunTally.NONE);
    }

    @Override
    public ArtistClaim claimArtist(String runId, String artistId, String studioId) {
        Map<String, AttributeValue> claim = new HashMap<>(claimKey(runId, artistId));
        claim.put(Keys.ENTITY, s("claim"));
        claim.put("owner", s(studioId));
        claim.put("studios", AttributeValue.fromSs(List.of(studioId)));
        try {
            table.client().putItem(PutItemRequest.builder().tableName(table.name()).item(claim)
                    .conditionExpression("attribute_not_exists(#pk)").expressionAttributeNames(Map.of("#pk", Keys.PK))
                    .build());
            return ArtistClaim.HANDLE;
        } catch (ConditionalCheckFailedException claimed) {
            Map<String, AttributeValue> now = table.client().updateItem(UpdateItemRequest.builder()
                    .tableName(table.name()).key(claimKey(runId, artistId))
                    .updateExpression("ADD studios :s").expressionAttributeValues(
                            Map.of(":s", AttributeValue.fromSs(List.of(studioId))))
                    .returnValues(ReturnValue.ALL_NEW).build()).attributes();
            if (Attrs.str(now, "owner").equals(studioId)) {
                return ArtistClaim.HANDLE;  // the owning job, redelivered
            }
            return Attrs.bool(now, "written") ? ArtistClaim.LINK_NOW : ArtistClaim.LEFT_TO_OWNER;
        }
    }

    @Override
    public Set<String> artistWritten(String runId, String artistId) {
        Map<String, AttributeValue> now = table.client().updateItem(UpdateItemRequest.builder()
                .tableName(table.name()).key(claimKey(runId, artistId))
                .updateExpression("SET written = :t").expressionAttributeValues(Map.of(":t", Attrs.bool(true)))
                .returnValues(ReturnValue.ALL_NEW).build()).attributes();
        return Attrs.set(now, "studios");
    }

    @Override
    public void clearClaims(String runId) {
        for (Map<String, AttributeValue> claim : table.queryAll(Keys.RUN + runId, CLAIM)) {
            table.delete(Map.of(Keys.PK, claim.get(Keys.PK), Keys.SK, claim.get(Keys.SK)));
        }
    }

    private static Map<String, AttributeValue> tallyKey(String runId) {
        return Map.of(Keys.PK, s(Keys.RUN + runId), Keys.SK, s(TALLY));
    }

    static Map<String, AttributeValue> claimKey(String runId, String artistId) {
        return Map.of(Keys.PK, s(Keys.RUN + runId), Keys.SK, s(CLAIM + artistId));
    }

    private static CrawlReport fromItem(Map<String, AttributeValue> i) {
        Map<String, Integer> failures = new TreeMap<>(Json.read(Attrs.str(i, "failuresByReason"),
                new TypeReference<Map<String, Integer>>() { }));
        int withoutWebsite = (int) Attrs.num(i, WITHOUT_WEBSITE, 0) + legacyNoWebsite(failures);
        return new CrawlReport(
                Attrs.str(i, "runId"), Attrs.str(i, "area"), Instant.parse(Attrs.str(i, "startedAt")),
                Attrs.optStr(i, "finishedAt").map(Instant::parse),
                CrawlReport.Status.valueOf(Attrs.str(i, "status")),
                (int) Attrs.num(i, "placesRequests", 0), (int) Attrs.num(i, "studiosFound", 0), withoutWebsite,
                (int) Attrs.num(i, "sitesCrawled", 0), (int) Attrs.num(i, "artistsFound", 0),
                (int) Attrs.num(i, "artistsNew", 0), (int) Attrs.num(i, "artistsUpdated", 0),
                (int) Attrs.num(i, "artistsUnchanged", 0), (int) Attrs.num(i, "skippedDenylisted", 0),
                (int) Attrs.num(i, "artistsStale", 0),
                Attrs.optStr(i, "profileAges").map(json -> Json.read(json, new TypeReference<ProfileAges>() { }))
                        .orElse(ProfileAges.NONE),
                failures, sitePages(i));
    }

    /** Takes an old record's studios without a website out of its failures, and returns how many there were. */
    private static int legacyNoWebsite(Map<String, Integer> failures) {
        Integer legacy = failures.remove(LEGACY_NO_WEBSITE);
        return legacy == null ? 0 : legacy;
    }

    private static SitePages sitePages(Map<String, AttributeValue> item) {
        return new SitePages((int) Attrs.num(item, PAGES_CHANGED, 0), (int) Attrs.num(item, PAGES_UNCHANGED, 0));
    }
}

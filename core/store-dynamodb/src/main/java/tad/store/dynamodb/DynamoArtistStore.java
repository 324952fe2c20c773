package tad.store.dynamodb;

import static tad.store.dynamodb.Attrs.s;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import tad.core.domain.Artist;
import tad.core.domain.PortfolioImage;
import tad.core.domain.Studio;
import tad.core.store.ArtistStore;
import tad.core.store.Page;
import tad.core.store.StyleListing;
import tad.core.store.UpsertOutcome;
import tad.plugin.Sourced;

/** {@link ArtistStore} on the single DynamoDB table (docs/data-model.md). */
public final class DynamoArtistStore implements ArtistStore {
    private final Table table;

    public DynamoArtistStore(DynamoConnection connection) {
        this.table = new Table(connection.client(), connection.table());
    }

    @Override
    public UpsertOutcome upsertStudio(Studio studio) {
        Optional<Map<String, AttributeValue>> old = table.get(StudioItems.key(studio.studioId()));
        Map<String, AttributeValue> item = StudioItems.toItem(studio);
        if (old.isPresent() && sameIgnoring(old.get(), item, "lastSeen")) {
            return UpsertOutcome.UNCHANGED;
        }
        table.put(item);
        return old.isPresent() ? UpsertOutcome.UPDATED : UpsertOutcome.NEW;
    }

    @Override
    public Optional<Studio> studio(String studioId) {
        return table.get(StudioItems.key(studioId)).map(StudioItems::fromItem);
    }

    @Override
    public Page<Studio> studios(Optional<String> pageToken, int limit) {
        ScanResponse page = table.scanEntity(StudioItems.TYPE_STUDIO, pageToken, limit);
        return new Page<>(page.items().stream().map(StudioItems::fromItem).toList(),
                PageTokens.encode(page.lastEvaluatedKey()));
    }

    @Override
    public List<String> roster(String studioId) {
        List<String> ids = new ArrayList<>();
        table.queryAll(Keys.studioPk(studioId), Keys.ROSTER).forEach(i -> ids.add(Attrs.str(i, "artistId")));
        return ids;
    }

    @Override
    public UpsertOutcome upsertArtist(Artist artist, List<PortfolioImage> images) {
        String pk = Keys.artistPk(artist.artistId());
        List<Map<String, AttributeValue>> existing = table.queryAll(pk, "");
        List<Map<String, AttributeValue>> wanted = new ArrayList<>();
        wanted.add(ArtistItems.toItem(artist));
        images.forEach(img -> wanted.add(ArtistItems.imageItem(artist.artistId(), img)));
        artist.styles().forEach(style -> wanted.add(ArtistItems.styleItem(artist, style)));

        Map<String, Map<String, AttributeValue>> existingBySk = new java.util.HashMap<>();
        existing.forEach(e -> existingBySk.put(e.get(Keys.SK).s(), e));
        List<Map<String, AttributeValue>> puts = new ArrayList<>();
        List<Map<String, AttributeValue>> deletes = new ArrayList<>();
        boolean changed = false;
        for (Map<String, AttributeValue> item : wanted) {
            Map<String, AttributeValue> old = existingBySk.remove(item.get(Keys.SK).s());
            if (old == null || !sameIgnoring(old, item, "updatedAt", "lastSeenRun", "missedRuns", "fetchedAt")) {
                changed = true;
            }
            if (old == null || !old.equals(item)) {
                puts.add(item);
            }
        }
        for (Map<String, AttributeValue> gone : existingBySk.values()) {
            deletes.add(Map.of(Keys.PK, gone.get(Keys.PK), Keys.SK, gone.get(Keys.SK)));
            changed = true;
        }
        Optional<Artist> previous = existing.stream().filter(e -> e.get(Keys.SK).s().startsWith(Keys.PROFILE))
                .findFirst().map(ArtistItems::fromItem);
        rosterChanges(previous, artist, puts, deletes);
        table.batchWrite(puts, deletes);
        return previous.isEmpty() ? UpsertOutcome.NEW : changed ? UpsertOutcome.UPDATED : UpsertOutcome.UNCHANGED;
    }

    @Override
    public void updateArtistState(Artist artist) {
        List<Map<String, AttributeValue>> puts = new ArrayList<>(List.of(ArtistItems.toItem(artist)));
        List<Map<String, AttributeValue>> deletes = new ArrayList<>();
        rosterChanges(artist(artist.artistId()), artist, puts, deletes);
        table.batchWrite(puts, deletes);
        // a profile that stops being served keeps its style entries out of the index listing
        if (!artist.status().served()) {
            table.queryAll(Keys.artistPk(artist.artistId()), Keys.STYLE)
                    .forEach(i -> table.delete(Map.of(Keys.PK, i.get(Keys.PK), Keys.SK, i.get(Keys.SK))));
        }
    }

    @Override
    public Optional<Artist> artist(String artistId) {
        return table.get(ArtistItems.profileKey(artistId)).map(ArtistItems::fromItem);
    }

    @Override
    public Map<String, Artist> artists(java.util.Collection<String> artistIds) {
        if (artistIds.size() > 100) {
            throw new IllegalArgumentException("at most 100 artists at once, got " + artistIds.size());
        }
        Map<String, Artist> found = new java.util.HashMap<>();
        List<Map<String, AttributeValue>> keys = artistIds.stream().distinct().map(ArtistItems::profileKey).toList();
        table.batchGet(keys).forEach(item -> {
            Artist a = ArtistItems.fromItem(item);
            found.put(a.artistId(), a);
        });
        return found;
    }

    @Override
    public List<PortfolioImage> images(String artistId) {
        return table.queryAll(Keys.artistPk(artistId), Keys.IMAGE).stream().map(ArtistItems::imageFromItem)
                .sorted(java.util.Comparator.comparingInt(PortfolioImage::position)).toList();
    }

    @Override
    public Page<StyleListing> byStyle(String style, Optional<String> country, Optional<String> city,
                                      Optional<String> pageToken, int limit) {
        StringBuilder prefix = new StringBuilder(Keys.LOCATION);
        country.ifPresent(c -> {
            prefix.append(Keys.locationSegment(c)).append('#');
            city.ifPresent(t -> prefix.append(Keys.locationSegment(t)).append('#'));
        });
        QueryRequest.Builder query = QueryRequest.builder().tableName(table.name()).indexName(Keys.GSI1)
                .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                .expressionAttributeNames(Map.of("#pk", Keys.GSI1_PK, "#sk", Keys.GSI1_SK))
                .expressionAttributeValues(Map.of(":pk", s(Keys.STYLE + style), ":prefix", s(prefix.toString())))
                .limit(limit);
        pageToken.ifPresent(t -> query.exclusiveStartKey(PageTokens.decode(t)));
        QueryResponse page = table.client().query(query.build());
        List<StyleListing> items = page.items().stream().map(i -> new StyleListing(Attrs.str(i, "style"),
                Attrs.str(i, "locationCountry"), Attrs.str(i, "locationCity"), Attrs.str(i, "artistId"),
                Attrs.str(i, "artistName"))).toList();
        return new Page<>(items, PageTokens.encode(page.lastEvaluatedKey()));
    }

    @Override
    public Page<Artist> artists(Optional<String> pageToken, int limit) {
        ScanResponse page = table.scanEntity(ArtistItems.TYPE_ARTIST, pageToken, limit);
        return new Page<>(page.items().stream().map(ArtistItems::fromItem).toList(),
                PageTokens.encode(page.lastEvaluatedKey()));
    }

    @Override
    public void deleteArtist(String artistId) {
        Optional<Artist> artist = artist(artistId);
        for (Map<String, AttributeValue> item : table.queryAll(Keys.artistPk(artistId), "")) {
            table.delete(Map.of(Keys.PK, item.get(Keys.PK), Keys.SK, item.get(Keys.SK)));
        }
        artist.ifPresent(a -> a.studioIds().forEach(studioId -> table.delete(Map.of(
                Keys.PK, s(Keys.studioPk(studioId)), Keys.SK, s(Keys.ROSTER + artistId)))));
        // a distributed run still in progress may hold a claim naming the artist (finished runs clear theirs)
        for (Map<String, AttributeValue> run : table.queryAll(Keys.CRAWLS_PARTITION, Keys.RUN)) {
            if ("RUNNING".equals(Attrs.optStr(run, "status").orElse(""))) {
                table.delete(DynamoCrawlRunStore.claimKey(Attrs.str(run, "runId"), artistId));
            }
        }
    }

    @Override
    public void linkStudios(String artistId, java.util.Set<String> studioIds) {
        if (studioIds.isEmpty()) {
            return;
        }
        try {
            table.client().updateItem(software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest.builder()
                    .tableName(table.name()).key(ArtistItems.profileKey(artistId))
                    .updateExpression("ADD studioIds :s")
                    .conditionExpression("attribute_exists(#pk)")
                    .expressionAttributeNames(Map.of("#pk", Keys.PK))
                    .expressionAttributeValues(Map.of(":s", AttributeValue.fromSs(List.copyOf(studioIds))))
                    .build());
        } catch (software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException notStored) {
            return;
        }
        table.batchWrite(studioIds.stream().map(studioId -> StudioItems.rosterItem(studioId, artistId)).toList(),
                List.of());
    }

    @Override
    public Page<String> artistIdsIn(String country, String city, Optional<String> pageToken, int limit) {
        return cityPage(country, city, Keys.ARTIST, pageToken, limit);
    }

    @Override
    public int dropGoogleLocationsOlderThan(Instant cutoff, String country, String city) {
        int changed = 0;
        Optional<String> token = Optional.empty();
        do {
            Page<String> page = cityPage(country, city, Keys.STUDIO, token, 100);
            for (String studioId : page.items()) {
                Optional<Studio> studio = studio(studioId);
                boolean expired = studio.flatMap(Studio::location)
                        .filter(l -> l.source().equals(Sourced.GOOGLE_PLACES) && l.fetchedAt().isBefore(cutoff))
                        .isPresent();
                if (expired) {
                    table.put(StudioItems.toItem(studio.get().withLocation(Optional.empty())));
                    changed++;
                }
            }
            token = page.nextToken();
        } while (token.isPresent());
        return changed;
    }

    /** Ids of one kind of item in a city, from the city index (keys only; callers read what they need by key). */
    private Page<String> cityPage(String country, String city, String kind, Optional<String> pageToken, int limit) {
        QueryResponse page = table.queryIndex(Keys.GSI2, Keys.GSI2_PK, Keys.cityKey(country, city), Keys.GSI2_SK,
                kind, pageToken, limit);
        List<String> ids = page.items().stream().map(i -> Attrs.str(i, Keys.GSI2_SK).substring(kind.length()))
                .toList();
        return new Page<>(ids, PageTokens.encode(page.lastEvaluatedKey()));
    }

    /** Roster links follow the artist's studios: a guest spot adds one, leaving a studio removes one. */
    private static void rosterChanges(Optional<Artist> previous, Artist now, List<Map<String, AttributeValue>> puts,
                                      List<Map<String, AttributeValue>> deletes) {
        Set<String> before = previous.map(Artist::studioIds).orElse(Set.of());
        for (String studioId : now.studioIds()) {
            if (!before.contains(studioId)) {
                puts.add(StudioItems.rosterItem(studioId, now.artistId()));
            }
        }
        for (String studioId : before) {
            if (!now.studioIds().contains(studioId)) {
                deletes.add(Map.of(Keys.PK, s(Keys.studioPk(studioId)), Keys.SK, s(Keys.ROSTER + now.artistId())));
            }
        }
    }

    private static boolean sameIgnoring(Map<String, AttributeValue> a, Map<String, AttributeValue> b,
                                        String... ignored) {
        Map<String, AttributeValue> x = new java.util.HashMap<>(a);
        Map<String, AttributeValue> y = new java.util.HashMap<>(b);
        for (String name : ignored) {
            x.remove(name);
            y.remove(name);
        }
        return x.equals(y);
    }
}

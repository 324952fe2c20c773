package tad.store.dynamodb;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CreateGlobalSecondaryIndexAction;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * Adds the city index to a table created before it existed, then writes its keys onto the artist and studio items
 * already there (new writes carry them anyway). Runs once per table: the next open finds the index. Idempotent, so
 * two processes opening an old table at once both finish with the same result.
 */
final class CityIndexUpgrade {
    private CityIndexUpgrade() {
    }

    static void run(DynamoDbClient client, String tableName) {
        var index = DynamoTables.cityIndex();
        try {
            client.updateTable(b -> b.tableName(tableName)
                    .attributeDefinitions(DynamoTables.attr(Keys.GSI2_PK), DynamoTables.attr(Keys.GSI2_SK))
                    .globalSecondaryIndexUpdates(GlobalSecondaryIndexUpdate.builder()
                            .create(CreateGlobalSecondaryIndexAction.builder().indexName(index.indexName())
                                    .keySchema(index.keySchema()).projection(index.projection()).build())
                            .build()));
        } catch (ResourceInUseException alreadyBeingAdded) {
            // another process started the same upgrade
        }
        awaitActive(client, tableName);
        Table table = new Table(client, tableName);
        for (String type : List.of(ArtistItems.TYPE_ARTIST, StudioItems.TYPE_STUDIO)) {
            String kind = type.equals(ArtistItems.TYPE_ARTIST) ? Keys.ARTIST : Keys.STUDIO;
            Optional<String> token = Optional.empty();
            do {
                ScanResponse page = table.scanEntity(type, token, 200);
                page.items().forEach(item -> keyIntoIndex(table, item, kind));
                token = PageTokens.encode(page.lastEvaluatedKey());
            } while (token.isPresent());
        }
    }

    private static void keyIntoIndex(Table table, Map<String, AttributeValue> item, String kind) {
        String id = Attrs.str(item, Keys.PK).substring(kind.length());
        String city = Keys.cityKey(Attrs.optStr(item, "locationCountry").orElse(""),
                Attrs.optStr(item, "locationCity").orElse(""));
        table.client().updateItem(b -> b.tableName(table.name())
                .key(Map.of(Keys.PK, item.get(Keys.PK), Keys.SK, item.get(Keys.SK)))
                .updateExpression("SET #pk2 = :pk2, #sk2 = :sk2")
                .conditionExpression("attribute_exists(#pk)")
                .expressionAttributeNames(Map.of("#pk2", Keys.GSI2_PK, "#sk2", Keys.GSI2_SK, "#pk", Keys.PK))
                .expressionAttributeValues(Map.of(":pk2", AttributeValue.fromS(city),
                        ":sk2", AttributeValue.fromS(kind + id))));
    }

    private static void awaitActive(DynamoDbClient client, String tableName) {
        for (int attempt = 0; attempt < 600; attempt++) {
            var described = client.describeTable(b -> b.tableName(tableName)).table();
            boolean active = described.globalSecondaryIndexes().stream()
                    .filter(i -> i.indexName().equals(Keys.GSI2))
                    .anyMatch(i -> i.indexStatus() == IndexStatus.ACTIVE);
            if (active) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the city index was being created", e);
            }
        }
        throw new IllegalStateException("the city index of " + tableName + " did not become active within a minute");
    }
}

package tad.store.dynamodb;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * Creates the single table, its two indexes (style-location, city) and its stream when missing; a table made before
 * the city index gets it added, and its artists and studios keyed into it once (docs/data-model.md).
 */
public final class DynamoTables {
    private DynamoTables() {
    }

    /** Creates the table if it does not exist and waits until it is active. */
    public static void ensure(DynamoDbClient client, String table) {
        try {
            var existing = client.describeTable(b -> b.tableName(table)).table();
            if (existing.globalSecondaryIndexes().stream().noneMatch(i -> i.indexName().equals(Keys.GSI2))) {
                CityIndexUpgrade.run(client, table);
            }
            return;
        } catch (ResourceNotFoundException missing) {
            // create it below
        }
        try {
            client.createTable(definition(table));
        } catch (ResourceInUseException raced) {
            // another process created it between describe and create
        }
        client.waiter().waitUntilTableExists(b -> b.tableName(table));
    }

    static CreateTableRequest definition(String table) {
        return CreateTableRequest.builder()
                .tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        attr(Keys.PK), attr(Keys.SK), attr(Keys.GSI1_PK), attr(Keys.GSI1_SK), attr(Keys.GSI2_PK),
                        attr(Keys.GSI2_SK))
                .keySchema(key(Keys.PK, KeyType.HASH), key(Keys.SK, KeyType.RANGE))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder()
                        .indexName(Keys.GSI1)
                        .keySchema(key(Keys.GSI1_PK, KeyType.HASH), key(Keys.GSI1_SK, KeyType.RANGE))
                        .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                        .build(), cityIndex())
                .streamSpecification(StreamSpecification.builder()
                        .streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES).build())
                .build();
    }

    /** Keys only: readers take ids from it and read the items themselves by key, consistently. */
    static GlobalSecondaryIndex cityIndex() {
        return GlobalSecondaryIndex.builder().indexName(Keys.GSI2)
                .keySchema(key(Keys.GSI2_PK, KeyType.HASH), key(Keys.GSI2_SK, KeyType.RANGE))
                .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build())
                .build();
    }

    static AttributeDefinition attr(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }
}

package tad.store.dynamodb;

import com.amazonaws.services.dynamodbv2.local.embedded.DynamoDBEmbedded;
import com.amazonaws.services.dynamodbv2.local.shared.access.AmazonDynamoDBLocal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import tad.core.config.StoreSettings;

/**
 * The DynamoDB clients for a run: DynamoDB Local in-process with its files under the data directory (the embedded
 * default), or a real endpoint with the standard AWS credential chain. Same code either way.
 */
public final class DynamoConnection implements AutoCloseable {
    /**
     * DynamoDB Local sends usage telemetry and writes dynamodb-local-metadata.json into the working directory unless
     * told not to; its embedded factory's Boolean argument is that switch (the DDB_LOCAL_TELEMETRY=0 variable is the
     * other, which the launcher also sets). The embedded store must stay offline.
     */
    private static final boolean TELEMETRY_DISABLED = true;

    private final DynamoDbClient client;
    private final DynamoDbStreamsClient streams;
    private final Optional<AmazonDynamoDBLocal> embedded;
    private final String table;

    DynamoConnection(DynamoDbClient client, DynamoDbStreamsClient streams,
                             Optional<AmazonDynamoDBLocal> embedded, String table) {
        this.client = client;
        this.streams = streams;
        this.embedded = embedded;
        this.table = table;
    }

    /** Opens the store the settings describe and makes sure the table exists. */
    public static DynamoConnection open(StoreSettings settings, Path dataDir) {
        DynamoConnection connection = settings.endpoint()
                .map(endpoint -> remote(endpoint, settings))
                .orElseGet(() -> embedded(embeddedFile(dataDir), settings.table()));
        DynamoTables.ensure(connection.client, connection.table);
        return connection;
    }

    /** DynamoDB Local in memory, for tests. */
    public static DynamoConnection inMemory(String table) {
        AmazonDynamoDBLocal local = DynamoDBEmbedded.create(TELEMETRY_DISABLED);
        DynamoConnection connection = new DynamoConnection(local.dynamoDbClient(), local.dynamoDbStreamsClient(),
                Optional.of(local), table);
        DynamoTables.ensure(connection.client, table);
        return connection;
    }

    /** DynamoDB Local's SQLite database file under a data directory. */
    public static Path embeddedFile(Path dataDir) {
        return dataDir.resolve("dynamodb").resolve("tad.db");
    }

    private static DynamoConnection embedded(Path file, String table) {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + file.getParent(), e);
        }
        // DynamoDB Local takes the SQLite database file itself, not a folder
        AmazonDynamoDBLocal local = DynamoDBEmbedded.create(file.toFile(), TELEMETRY_DISABLED);
        return new DynamoConnection(local.dynamoDbClient(), local.dynamoDbStreamsClient(), Optional.of(local), table);
    }

    private static DynamoConnection remote(java.net.URI endpoint, StoreSettings settings) {
        Region region = Region.of(settings.region());
        DynamoDbClient client = DynamoDbClient.builder().endpointOverride(endpoint).region(region).build();
        DynamoDbStreamsClient streams = DynamoDbStreamsClient.builder().endpointOverride(endpoint).region(region)
                .build();
        return new DynamoConnection(client, streams, Optional.empty(), settings.table());
    }

    public DynamoDbClient client() {
        return client;
    }

    public DynamoDbStreamsClient streams() {
        return streams;
    }

    public String table() {
        return table;
    }

    public boolean isEmbedded() {
        return embedded.isPresent();
    }

    @Override
    public void close() {
        client.close();
        streams.close();
        embedded.ifPresent(AmazonDynamoDBLocal::shutdown);
    }
}

package tad.store.dynamodb;

import com.amazonaws.services.dynamodbv2.local.embedded.DynamoDBEmbedded;
import com.amazonaws.services.dynamodbv2.local.shared.access.AmazonDynamoDBLocal;
import java.nio.file.Path;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import tad.core.config.StoreSettings;

/**
 * The DynamoDB clients for a run: the local data server's DynamoDB Local over HTTP (the embedded default), a real
 * endpoint with the standard AWS credential chain, or DynamoDB Local in memory for tests. Same code either way.
 */
public final class DynamoConnection implements AutoCloseable {
    /**
     * DynamoDB Local sends usage telemetry and writes dynamodb-local-metadata.json into the working directory unless
     * told not to; its embedded factory's Boolean argument is that switch (the DDB_LOCAL_TELEMETRY=0 variable is the
     * other, which the launcher also sets). The embedded store must stay offline.
     */
    private static final boolean TELEMETRY_DISABLED = true;
    /**
     * DynamoDB Local checks no signature (only that the key is letters and digits), and with its shared database
     * ignores the region too.
     */
    private static final String LOCAL_KEY = "tadlocal";
    private static final Region LOCAL_REGION = Region.EU_WEST_2;

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

    /** Opens the DynamoDB endpoint the settings name (AWS's) and makes sure the table exists. */
    public static DynamoConnection remote(StoreSettings settings) {
        java.net.URI endpoint = settings.endpoint().orElseThrow(() -> new IllegalArgumentException(
                "the embedded store is reached through the local data server, not a configured endpoint"));
        DynamoConnection connection = remote(endpoint, settings);
        DynamoTables.ensure(connection.client, connection.table);
        return connection;
    }

    /**
     * The local data server's DynamoDB Local ({@link DynamoLocalServer}) over HTTP, with the SDK's ordinary client:
     * the same code path as AWS. DynamoDB Local checks no signature, so fixed local credentials do.
     */
    public static DynamoConnection local(java.net.URI endpoint, String table) {
        StaticCredentialsProvider credentials = StaticCredentialsProvider.create(
                AwsBasicCredentials.create(LOCAL_KEY, LOCAL_KEY));
        DynamoDbClient client = DynamoDbClient.builder().endpointOverride(endpoint).region(LOCAL_REGION)
                .credentialsProvider(credentials).build();
        DynamoDbStreamsClient streams = DynamoDbStreamsClient.builder().endpointOverride(endpoint)
                .region(LOCAL_REGION).credentialsProvider(credentials).build();
        return new DynamoConnection(client, streams, Optional.empty(), table);
    }

    /** Makes sure the table, its indexes and its stream exist (the data server does it once at its start). */
    public DynamoConnection ensureTable() {
        DynamoTables.ensure(client, table);
        return this;
    }

    /** DynamoDB Local in memory, for tests. */
    public static DynamoConnection inMemory(String table) {
        AmazonDynamoDBLocal local = DynamoDBEmbedded.create(TELEMETRY_DISABLED);
        DynamoConnection connection = new DynamoConnection(local.dynamoDbClient(), local.dynamoDbStreamsClient(),
                Optional.of(local), table);
        DynamoTables.ensure(connection.client, table);
        return connection;
    }

    /** The folder of DynamoDB Local's SQLite database under a data directory. */
    public static Path embeddedFolder(Path dataDir) {
        return dataDir.resolve("dynamodb");
    }

    /** DynamoDB Local's SQLite database file under a data directory. */
    public static Path embeddedFile(Path dataDir) {
        return DynamoLocalServer.databaseFile(embeddedFolder(dataDir));
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


    @Override
    public void close() {
        client.close();
        streams.close();
        embedded.ifPresent(AmazonDynamoDBLocal::shutdown);
    }
}

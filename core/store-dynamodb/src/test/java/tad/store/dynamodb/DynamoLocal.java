package tad.store.dynamodb;

/** One in-memory DynamoDB Local per test class; each test gets a table of its own, so tests do not share data. */
final class DynamoLocal {
    private static int counter;

    private DynamoLocal() {
    }

    static synchronized DynamoConnection freshTable() {
        return DynamoConnection.inMemory("TattooDirectoryTest" + (++counter));
    }
}

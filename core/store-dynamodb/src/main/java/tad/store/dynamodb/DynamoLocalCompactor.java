package tad.store.dynamodb;

import com.almworks.sqlite4java.SQLiteConnection;
import com.almworks.sqlite4java.SQLiteException;
import com.almworks.sqlite4java.SQLiteStatement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import tad.core.governance.Compactor;

/**
 * Makes a purge real in DynamoDB Local's SQLite file. Deleted items leave their bytes in free pages, and DynamoDB
 * Local keeps stream records (with old images) for 24 hours; so after the index follower has consumed the stream,
 * the consumed stream records are deleted and the file is vacuumed. Embedded mode only: in AWS, DynamoDB manages
 * its storage and stream records expire after 24 hours (docs/operations.md).
 */
public final class DynamoLocalCompactor implements Compactor {
    private static final int BUSY_TIMEOUT_MS = 10_000;
    private final Path databaseFile;
    private final StreamPositionFile consumed;

    public DynamoLocalCompactor(Path databaseFile, StreamPositionFile consumed) {
        this.databaseFile = databaseFile;
        this.consumed = consumed;
    }

    /** The compactor for an embedded connection's data directory. */
    public static DynamoLocalCompactor forDataDir(Path dataDir, StreamPositionFile consumed) {
        return new DynamoLocalCompactor(DynamoConnection.embeddedFile(dataDir), consumed);
    }

    @Override
    public void compact() {
        if (!Files.exists(databaseFile)) {
            return;
        }
        SQLiteConnection db = new SQLiteConnection(databaseFile.toFile());
        try {
            db.open(false);
            db.setBusyTimeout(BUSY_TIMEOUT_MS);
            for (Map.Entry<String, String> shard : consumed.read().entrySet()) {
                SQLiteStatement delete = db.prepare("DELETE FROM us WHERE ShardID = ? AND SequenceNumber <= ?");
                try {
                    delete.bind(1, shard.getKey()).bind(2, Long.parseLong(shard.getValue()));
                    delete.step();
                } finally {
                    delete.dispose();
                }
            }
            db.exec("VACUUM");
        } catch (SQLiteException e) {
            throw new IllegalStateException("compacting " + databaseFile.getFileName() + " failed: " + e.getMessage(), e);
        } finally {
            db.dispose();
        }
    }
}

package tad.store.dynamodb;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;

/**
 * The last applied sequence number per stream shard, in a file beside the index it describes: a restart resumes
 * from here. Kept outside DynamoDB on purpose, since writing it to the table would itself produce stream records.
 */
public final class StreamPositionFile {
    private final Path file;

    public StreamPositionFile(Path file) {
        this.file = file;
    }

    public synchronized Map<String, String> read() {
        if (!Files.exists(file)) {
            return new TreeMap<>();
        }
        try {
            return new TreeMap<>(Json.read(Files.readString(file, StandardCharsets.UTF_8),
                    new TypeReference<Map<String, String>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes atomically, so a kill never leaves half a position behind. */
    public synchronized void write(Map<String, String> positions) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "stream-position", ".tmp");
            Files.writeString(tmp, Json.write(new TreeMap<>(positions)), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

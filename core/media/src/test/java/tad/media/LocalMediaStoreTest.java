package tad.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tad.core.media.MediaKey;
import tad.core.media.MediaStore;
import tad.core.media.MediaStoreContract;

class LocalMediaStoreTest extends MediaStoreContract {

    @TempDir
    Path dir;

    @Override
    protected MediaStore newStore() throws IOException {
        return new LocalMediaStore(Files.createTempDirectory(dir, "media"));
    }

    @Test
    void aKeyIsAFileUnderTheRootAndWritesLeaveNoTemporaryFiles() throws IOException {
        LocalMediaStore store = new LocalMediaStore(dir.resolve("media"));
        MediaKey key = MediaKey.of("a1", "i1", "thumb", "webp");

        store.put(key, new byte[] {1, 2, 3});
        store.put(key, new byte[] {4, 5});

        Path file = store.root().resolve("artists/a1/i1/thumb.webp");
        assertThat(file).hasBinaryContent(new byte[] {4, 5});
        try (Stream<Path> all = Files.walk(store.root())) {
            assertThat(all.filter(Files::isRegularFile)).containsExactly(file);
        }
    }

    @Test
    void leftoverTemporaryFilesAreNotKeysButArePurgedWithTheArtist() throws IOException {
        LocalMediaStore store = new LocalMediaStore(dir.resolve("media"));
        store.put(MediaKey.of("a1", "i1", "thumb", "webp"), new byte[] {1});
        // what a crash between write and move leaves behind
        Files.write(store.root().resolve("artists/a1/i1/.tmp-123.part"), new byte[] {9});

        assertThat(store.listArtist("a1")).hasSize(1);
        assertThat(store.deleteArtist("a1")).isEqualTo(1);

        assertThat(store.hasAnyTrace("a1")).isFalse();
        assertThat(store.root().resolve("artists/a1")).doesNotExist();
    }

    @Test
    void deletingTheLastImageRemovesTheArtistsDirectories() {
        LocalMediaStore store = new LocalMediaStore(dir.resolve("media"));
        MediaKey key = MediaKey.of("a1", "i1", "thumb", "webp");
        store.put(key, new byte[] {1});

        store.delete(key);

        assertThat(store.root().resolve("artists/a1")).doesNotExist();
        assertThat(store.hasAnyTrace("a1")).isFalse();
    }

    @Test
    void aSymlinkedArtistDirectoryCannotLeadOutOfTheRoot() throws IOException {
        LocalMediaStore store = new LocalMediaStore(dir.resolve("media"));
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.createDirectories(store.root().resolve("artists"));
        Files.createSymbolicLink(store.root().resolve("artists/evil"), outside);

        store.put(MediaKey.of("evil", "i1", "thumb", "webp"), new byte[] {1});

        // the key is lexically inside the root; the link is an operator's doing, and deleting the artist removes
        // the link itself, never the files it points at
        store.deleteArtist("evil");
        assertThat(outside.resolve("i1/thumb.webp")).exists();
        assertThat(store.root().resolve("artists/evil")).doesNotExist();
    }
}

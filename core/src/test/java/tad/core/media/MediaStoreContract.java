package tad.core.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link MediaStore} adapter must have. An adapter's test extends this class and returns a
 * fresh, empty store from {@link #newStore()}; each test starts from that empty store.
 */
public abstract class MediaStoreContract {

    private MediaStore store;

    /** A new, empty store (a fresh directory, bucket or prefix). */
    protected abstract MediaStore newStore() throws Exception;

    @BeforeEach
    void createStore() throws Exception {
        store = newStore();
    }

    @Test
    void storedBytesComeBackUnchanged() {
        MediaKey key = MediaKey.of("artist-1", "CxAbc123", "thumb", "webp");
        byte[] bytes = randomBytes(5_000, 1);

        store.put(key, bytes);

        assertThat(store.get(key)).hasValueSatisfying(read -> assertThat(read).isEqualTo(bytes));
        assertThat(store.exists(key)).isTrue();
    }

    @Test
    void aMissingKeyIsEmptyNotAnError() {
        MediaKey key = MediaKey.of("artist-1", "missing", "large", "webp");

        assertThat(store.get(key)).isEmpty();
        assertThat(store.exists(key)).isFalse();
        assertThat(store.delete(key)).isFalse();
    }

    @Test
    void putReplacesThePreviousObject() {
        MediaKey key = MediaKey.of("artist-1", "img", "large", "webp");
        store.put(key, "first".getBytes(StandardCharsets.UTF_8));

        store.put(key, "second".getBytes(StandardCharsets.UTF_8));

        assertThat(store.get(key)).hasValueSatisfying(
                read -> assertThat(new String(read, StandardCharsets.UTF_8)).isEqualTo("second"));
        assertThat(store.listArtist("artist-1")).containsExactly(key);
    }

    @Test
    void deleteRemovesOneObjectOnly() {
        MediaKey thumb = MediaKey.of("artist-1", "img", "thumb", "webp");
        MediaKey large = MediaKey.of("artist-1", "img", "large", "webp");
        store.put(thumb, randomBytes(10, 2));
        store.put(large, randomBytes(10, 3));

        assertThat(store.delete(thumb)).isTrue();

        assertThat(store.exists(thumb)).isFalse();
        assertThat(store.get(thumb)).isEmpty();
        assertThat(store.exists(large)).isTrue();
        assertThat(store.delete(thumb)).isFalse();
    }

    @Test
    void listingIsPerArtistAndSorted() {
        MediaKey b = MediaKey.of("a1", "b", "thumb", "webp");
        MediaKey a = MediaKey.of("a1", "a", "thumb", "webp");
        MediaKey aLarge = MediaKey.of("a1", "a", "large", "webp");
        // "a10" starts with "a1": the listing must not confuse the two artists
        MediaKey other = MediaKey.of("a10", "a", "thumb", "webp");
        for (MediaKey key : List.of(b, a, aLarge, other)) {
            store.put(key, randomBytes(8, key.hashCode()));
        }

        assertThat(store.listArtist("a1")).containsExactly(aLarge, a, b);
        assertThat(store.listArtist("a10")).containsExactly(other);
        assertThat(store.listArtist("nobody")).isEmpty();
    }

    @Test
    void deleteArtistLeavesNoTraceOfThatArtistAndTouchesNoOther() {
        for (int i = 0; i < 5; i++) {
            store.put(MediaKey.of("leaving", "img" + i, "thumb", "webp"), randomBytes(100, i));
            store.put(MediaKey.of("leaving", "img" + i, "large", "jpg"), randomBytes(100, i + 10));
        }
        MediaKey staying = MediaKey.of("staying", "img0", "thumb", "webp");
        store.put(staying, randomBytes(100, 99));

        int deleted = store.deleteArtist("leaving");

        assertThat(deleted).isEqualTo(10);
        assertThat(store.listArtist("leaving")).isEmpty();
        assertThat(store.hasAnyTrace("leaving")).isFalse();
        assertThat(store.exists(MediaKey.of("leaving", "img0", "thumb", "webp"))).isFalse();
        assertThat(store.hasAnyTrace("staying")).isTrue();
        assertThat(store.get(staying)).isPresent();
        assertThat(store.deleteArtist("leaving")).isZero();
    }

    @Test
    void listingAndPurgeCoverMoreKeysThanOnePageOfAnS3Listing() {
        List<MediaKey> keys = new ArrayList<>();
        for (int i = 0; i < 1_005; i++) {
            keys.add(MediaKey.of("prolific", String.format("img%04d", i), "thumb", "webp"));
        }
        byte[] tiny = {1};
        keys.forEach(key -> store.put(key, tiny));

        assertThat(store.listArtist("prolific")).hasSize(1_005).containsExactlyElementsOf(keys);
        assertThat(store.deleteArtist("prolific")).isEqualTo(1_005);
        assertThat(store.hasAnyTrace("prolific")).isFalse();
    }

    @Test
    void aLargeImageRoundTrips() {
        MediaKey key = MediaKey.of("artist-1", "big", "large", "webp");
        byte[] bytes = randomBytes(3 * 1024 * 1024, 7);

        store.put(key, bytes);

        assertThat(store.get(key)).hasValueSatisfying(read -> assertThat(read).isEqualTo(bytes));
    }

    @Test
    void publicPathsMapBackToTheirKeys() {
        MediaKey key = MediaKey.of("artist-1", "CxAbc123", "thumb", "webp");

        String path = store.publicPath(key);

        assertThat(path).isEqualTo("/media/artists/artist-1/CxAbc123/thumb.webp");
        assertThat(MediaStore.keyOfPublicPath(path)).contains(key);
        assertThat(MediaStore.keyOfPublicPath("/media/artists/../../etc/passwd")).isEmpty();
    }

    private static byte[] randomBytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}

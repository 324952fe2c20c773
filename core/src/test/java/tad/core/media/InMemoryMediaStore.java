package tad.core.media;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** A media store in a map, for tests of code that uses the port (pipeline, governance, serving). */
public final class InMemoryMediaStore implements MediaStore {

    private final ConcurrentSkipListMap<String, byte[]> objects = new ConcurrentSkipListMap<>();

    @Override
    public void put(MediaKey key, byte[] bytes) {
        objects.put(key.value(), bytes.clone());
    }

    @Override
    public Optional<byte[]> get(MediaKey key) {
        return Optional.ofNullable(objects.get(key.value())).map(byte[]::clone);
    }

    @Override
    public boolean exists(MediaKey key) {
        return objects.containsKey(key.value());
    }

    @Override
    public boolean delete(MediaKey key) {
        return objects.remove(key.value()) != null;
    }

    @Override
    public List<MediaKey> listArtist(String artistId) {
        String prefix = MediaKey.artistPrefix(artistId);
        return objects.subMap(prefix, prefix + Character.MAX_VALUE).keySet().stream().map(MediaKey::new).toList();
    }

    @Override
    public int deleteArtist(String artistId) {
        List<MediaKey> keys = listArtist(artistId);
        keys.forEach(this::delete);
        return keys.size();
    }
}

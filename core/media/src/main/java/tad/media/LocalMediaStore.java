package tad.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import tad.core.media.MediaKey;
import tad.core.media.MediaStore;
import tad.core.media.MediaStoreException;

/**
 * Media in a directory: key {@code artists/a1/i2/thumb.webp} is the file {@code ROOT/artists/a1/i2/thumb.webp}.
 * The default adapter; the CLI passes {@code $TAD_DATA_DIR/media} as the root.
 *
 * <p>Writes go to a temporary file in the target directory and are moved into place atomically, so a crash or a
 * concurrent reader never sees half an image. Temporary names start with '.', which no key segment may, so they
 * never show up as keys. Keys are validated by {@link MediaKey}; the resolved path is checked again to stay under
 * the root, in case of a symlink or a future change to the key rules.
 */
public final class LocalMediaStore implements MediaStore {

    private static final String TEMP_PREFIX = ".tmp-";

    private final Path root;

    public LocalMediaStore(Path root) {
        try {
            this.root = Files.createDirectories(root).toRealPath();
        } catch (IOException e) {
            throw new MediaStoreException("cannot create the media directory " + root, e);
        }
    }

    public Path root() {
        return root;
    }

    @Override
    public void put(MediaKey key, byte[] bytes) {
        Path target = pathOf(key);
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(target.getParent(), TEMP_PREFIX, ".part");
            Files.write(temp, bytes);
            moveIntoPlace(temp, target);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new MediaStoreException("cannot write " + key, e);
        }
    }

    @Override
    public Optional<byte[]> get(MediaKey key) {
        try {
            return Optional.of(Files.readAllBytes(pathOf(key)));
        } catch (NoSuchFileException missing) {
            return Optional.empty();
        } catch (IOException e) {
            throw new MediaStoreException("cannot read " + key, e);
        }
    }

    @Override
    public boolean exists(MediaKey key) {
        return Files.isRegularFile(pathOf(key));
    }

    @Override
    public boolean delete(MediaKey key) {
        Path file = pathOf(key);
        try {
            boolean deleted = Files.deleteIfExists(file);
            // an artist whose last image went leaves no empty directories behind (hasAnyTrace looks at them)
            removeIfEmpty(file.getParent());
            removeIfEmpty(file.getParent().getParent());
            return deleted;
        } catch (IOException e) {
            throw new MediaStoreException("cannot delete " + key, e);
        }
    }

    @Override
    public List<MediaKey> listArtist(String artistId) {
        Path dir = artistDir(artistId);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir, 2)) {
            List<MediaKey> keys = new ArrayList<>();
            files.filter(Files::isRegularFile).map(this::keyOf).flatMap(Optional::stream).forEach(keys::add);
            keys.sort(Comparator.comparing(MediaKey::value));
            return keys;
        } catch (IOException | UncheckedIOException e) {
            throw new MediaStoreException("cannot list the media of artist " + artistId, e);
        }
    }

    /** Removes the artist's whole directory, temporary files included, so that no byte of theirs remains. */
    @Override
    public int deleteArtist(String artistId) {
        int count = listArtist(artistId).size();
        Path dir = artistDir(artistId);
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
            return count;
        } catch (IOException | UncheckedIOException e) {
            throw new MediaStoreException("cannot delete the media of artist " + artistId, e);
        }
    }

    /** Also true when only temporary or foreign files remain: governance must see those as traces too. */
    @Override
    public boolean hasAnyTrace(String artistId) {
        return Files.exists(artistDir(artistId));
    }

    private Path artistDir(String artistId) {
        return inside(root.resolve(MediaKey.artistPrefix(artistId)));
    }

    private Path pathOf(MediaKey key) {
        return inside(root.resolve(key.value()));
    }

    private Path inside(Path path) {
        Path normal = path.normalize();
        if (!normal.startsWith(root)) {
            throw new IllegalArgumentException("path escapes the media root");
        }
        return normal;
    }

    private Optional<MediaKey> keyOf(Path file) {
        String relative = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
        try {
            return Optional.of(MediaKey.parse(relative));
        } catch (IllegalArgumentException temporaryOrForeign) {
            return Optional.empty();
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // same directory, so this only happens on unusual file systems; a plain replace is the best left
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void removeIfEmpty(Path dir) throws IOException {
        try {
            if (dir.startsWith(root) && !dir.equals(root)) {
                Files.deleteIfExists(dir);
            }
        } catch (DirectoryNotEmptyException stillUsed) {
            // other renditions remain: keep the directory
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the original failure is what matters; a leftover ".tmp-" file is never read as a key
            }
        }
    }
}

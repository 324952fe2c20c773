package tad.core.media;

import java.util.List;
import java.util.Optional;

/**
 * Where the directory keeps the images it shows. Instagram's CDN URLs expire and may not be embedded elsewhere, so
 * every portfolio image is mirrored here and served from our own origin under {@link #publicPath(MediaKey)}.
 *
 * <p>Adapters: a local directory ({@code tad-media}) and S3 ({@code tad-media-s3}). Both pass
 * {@code MediaStoreContract}. Failures of the backing storage are thrown as {@link MediaStoreException}.
 */
public interface MediaStore {

    /** The path the serving API answers media on; the web app links only to these. */
    String PUBLIC_PREFIX = "/media/";

    /** Stores the bytes under the key, replacing any previous object, atomically (readers see old or new). */
    void put(MediaKey key, byte[] bytes);

    /** The stored bytes, or empty when nothing is stored under the key. */
    Optional<byte[]> get(MediaKey key);

    boolean exists(MediaKey key);

    /** Deletes one object; returns whether something was there. */
    boolean delete(MediaKey key);

    /** Every key of one artist, sorted. */
    List<MediaKey> listArtist(String artistId);

    /** Deletes every object of one artist (a removal request, SRS FR-GOV-03); returns how many were deleted. */
    int deleteArtist(String artistId);

    /**
     * Whether anything of this artist remains in the store, checked against the storage itself rather than a
     * listing cache: governance's verify step calls this after a purge.
     */
    default boolean hasAnyTrace(String artistId) {
        return !listArtist(artistId).isEmpty();
    }

    /** The URL path the serving API exposes the object on, e.g. {@code /media/artists/a-1/Cx1/thumb.webp}. */
    default String publicPath(MediaKey key) {
        return PUBLIC_PREFIX + key.value();
    }

    /** The key behind a public path, or empty when the path is not one of ours or not a valid key. */
    static Optional<MediaKey> keyOfPublicPath(String path) {
        if (path == null || !path.startsWith(PUBLIC_PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(MediaKey.parse(path.substring(PUBLIC_PREFIX.length())));
        } catch (IllegalArgumentException notAKey) {
            return Optional.empty();
        }
    }
}

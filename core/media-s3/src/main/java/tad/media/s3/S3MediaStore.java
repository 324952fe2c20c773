package tad.media.s3;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Delete;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;
import tad.core.media.MediaKey;
import tad.core.media.MediaStore;
import tad.core.media.MediaStoreException;

/**
 * Media in an S3 bucket: key {@code artists/a1/i2/thumb.webp} is the object {@code {prefix}artists/a1/i2/thumb.webp}.
 * The production adapter; the serving side reads through {@link #get(MediaKey)} or, later, a CDN in front of the
 * bucket. A single PUT is atomic in S3, so no temporary objects are needed.
 *
 * <p>The bucket must not keep old versions (versioning off, or a lifecycle rule expiring noncurrent versions):
 * a removal request requires that no copy of an artist's images remains.
 */
public final class S3MediaStore implements MediaStore {

    /** DeleteObjects takes at most 1000 keys per call. */
    private static final int DELETE_BATCH = 1_000;
    /** Renditions are replaced in place when re-encoded, so caches keep them a day rather than forever. */
    private static final String CACHE_CONTROL = "public, max-age=86400";

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    public S3MediaStore(S3Client s3, S3MediaSettings settings) {
        this.s3 = s3;
        this.bucket = settings.bucket();
        this.prefix = settings.prefix();
    }

    @Override
    public void put(MediaKey key, byte[] bytes) {
        try {
            s3.putObject(put -> put.bucket(bucket).key(objectKey(key)).contentType(key.contentType())
                    .cacheControl(CACHE_CONTROL), RequestBody.fromBytes(bytes));
        } catch (SdkException e) {
            throw new MediaStoreException("cannot write " + key + " to bucket " + bucket, e);
        }
    }

    @Override
    public Optional<byte[]> get(MediaKey key) {
        try {
            return Optional.of(s3.getObjectAsBytes(get -> get.bucket(bucket).key(objectKey(key))).asByteArray());
        } catch (NoSuchKeyException missing) {
            return Optional.empty();
        } catch (SdkException e) {
            throw new MediaStoreException("cannot read " + key + " from bucket " + bucket, e);
        }
    }

    @Override
    public boolean exists(MediaKey key) {
        try {
            s3.headObject(head -> head.bucket(bucket).key(objectKey(key)));
            return true;
        } catch (NoSuchKeyException missing) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw new MediaStoreException("cannot check " + key + " in bucket " + bucket, e);
        } catch (SdkException e) {
            throw new MediaStoreException("cannot check " + key + " in bucket " + bucket, e);
        }
    }

    /** S3's DELETE succeeds whether or not the object was there, so ask first to answer the question. */
    @Override
    public boolean delete(MediaKey key) {
        if (!exists(key)) {
            return false;
        }
        try {
            s3.deleteObject(delete -> delete.bucket(bucket).key(objectKey(key)));
            return true;
        } catch (SdkException e) {
            throw new MediaStoreException("cannot delete " + key + " from bucket " + bucket, e);
        }
    }

    @Override
    public List<MediaKey> listArtist(String artistId) {
        String artistPrefix = prefix + MediaKey.artistPrefix(artistId);
        try {
            List<MediaKey> keys = new ArrayList<>();
            for (S3Object object : s3.listObjectsV2Paginator(list -> list.bucket(bucket).prefix(artistPrefix))
                    .contents()) {
                keyOf(object.key()).ifPresent(keys::add);
            }
            keys.sort(Comparator.comparing(MediaKey::value));
            return keys;
        } catch (SdkException e) {
            throw new MediaStoreException("cannot list the media of artist " + artistId, e);
        }
    }

    @Override
    public int deleteArtist(String artistId) {
        List<MediaKey> keys = listArtist(artistId);
        for (int from = 0; from < keys.size(); from += DELETE_BATCH) {
            deleteBatch(keys.subList(from, Math.min(keys.size(), from + DELETE_BATCH)));
        }
        return keys.size();
    }

    private void deleteBatch(List<MediaKey> keys) {
        List<ObjectIdentifier> objects = keys.stream()
                .map(key -> ObjectIdentifier.builder().key(objectKey(key)).build()).toList();
        try {
            DeleteObjectsResponse response = s3.deleteObjects(delete -> delete.bucket(bucket)
                    .delete(Delete.builder().objects(objects).quiet(true).build()));
            if (response.hasErrors() && !response.errors().isEmpty()) {
                throw new MediaStoreException(response.errors().size() + " objects were not deleted, first: "
                        + response.errors().get(0).code(), null);
            }
        } catch (SdkException e) {
            throw new MediaStoreException("cannot delete " + keys.size() + " objects from bucket " + bucket, e);
        }
    }

    private String objectKey(MediaKey key) {
        return prefix + key.value();
    }

    /** Objects under the prefix that are not media keys (uploaded by hand, say) are not ours to list. */
    private Optional<MediaKey> keyOf(String objectKey) {
        try {
            return Optional.of(MediaKey.parse(objectKey.substring(prefix.length())));
        } catch (IllegalArgumentException foreign) {
            return Optional.empty();
        }
    }
}

package tad.core.media;

/** The backing storage of a {@link MediaStore} failed (disk full, S3 unreachable, permission denied). */
public class MediaStoreException extends RuntimeException {

    public MediaStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}

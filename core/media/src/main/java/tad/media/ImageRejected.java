package tad.media;

import tad.plugin.Failure;

/** One image could not be mirrored; the mirror records the failure and goes on with the next image. */
final class ImageRejected extends Exception {

    private final transient Failure failure;

    ImageRejected(Failure.Reason reason, String detail) {
        super(detail, null, false, false);
        this.failure = Failure.of(reason, detail);
    }

    Failure failure() {
        return failure;
    }
}

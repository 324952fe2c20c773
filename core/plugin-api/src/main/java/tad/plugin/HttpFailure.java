package tad.plugin;

/** A request that produced no usable response: timeout, size cap, robots.txt, circuit open, network. */
public class HttpFailure extends Exception {
    private final Failure failure;

    public HttpFailure(Failure.Reason reason, String detail) {
        super(detail);
        this.failure = Failure.of(reason, detail);
    }

    public HttpFailure(Failure.Reason reason, String detail, Throwable cause) {
        super(detail, cause);
        this.failure = Failure.of(reason, detail);
    }

    public Failure failure() {
        return failure;
    }
}

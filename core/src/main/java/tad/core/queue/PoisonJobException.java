package tad.core.queue;

/** Thrown by a {@link JobHandler} when the job can never succeed, so it is dead-lettered without more retries. */
public class PoisonJobException extends RuntimeException {
    public PoisonJobException(String reason) {
        super(reason);
    }

    public PoisonJobException(String reason, Throwable cause) {
        super(reason, cause);
    }
}

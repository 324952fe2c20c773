package tad.cli;

/** A command was given arguments it cannot use; exits with code 2 like picocli's own usage errors. */
public class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
